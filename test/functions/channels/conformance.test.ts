// Every captured webhook body under ../shared/conformance goes through the real ingest handler, signed as
// its platform signs it. New files are picked up automatically.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyLine } from '../../../functions/channels/line/verify';
import { inboundChannels } from '../../../functions/channels/registry';
import { verifyWhatsApp } from '../../../functions/channels/whatsapp/verify';
import type { WebhookRequest } from '../../../functions/core/ports';
import type { ChannelName } from '../../../functions/core/types';
import { conformanceDir, createHarness, hasConformance, SECRETS, signedEvent } from './webhook-harness';

const PLATFORMS: ChannelName[] = ['whatsapp', 'line', 'telegram'];

function corpus(platform: ChannelName): string[] {
  return readdirSync(path.join(conformanceDir, platform))
    .filter((file) => file.endsWith('.json'))
    .sort();
}

const read = (platform: ChannelName, file: string): Buffer =>
  readFileSync(path.join(conformanceDir, platform, file));

async function post(platform: ChannelName, file: string) {
  const harness = createHarness();
  const result = await harness.invoke(signedEvent(platform, read(platform, file)));
  return { ...harness, result };
}

const suite = hasConformance ? describe : describe.skip;
if (!hasConformance) {
  describe('conformance corpus', () => {
    it.skip(`skipped: ${conformanceDir} is absent (it ships beside the project as ../shared)`, () => {});
  });
}

suite('conformance corpus through the ingest handler', () => {
  for (const platform of PLATFORMS) {
    describe(platform, () => {
      const files = hasConformance ? corpus(platform) : [];
      it('has files to check', () => {
        expect(files.length).toBeGreaterThan(10);
      });
      for (const file of files) {
        it(`accepts ${file}`, async () => {
          const { result, enqueued, logs } = await post(platform, file);
          expect(result.statusCode, JSON.stringify(result.body)).toBe(200);
          expect(JSON.parse(result.body as string)).toEqual({ ok: true });
          expect(logs.filter((l) => l.level === 'error')).toEqual([]);
          for (const { groupId, turn } of enqueued) {
            expect(turn.v).toBe(1);
            expect(groupId).toBe(turn.message.conversationId);
            expect(turn.message.conversationId.startsWith(`${platform}:`)).toBe(true);
            expect(turn.message.eventId.startsWith(`${platform}:`)).toBe(true);
          }
        });
      }
    });
  }

  describe('what the key files become', () => {
    it('WhatsApp text: one turn with the wa_id conversation, phone and name', async () => {
      const { enqueued, stores } = await post('whatsapp', 'text_message.json');
      expect(enqueued).toHaveLength(1);
      const message = enqueued[0]!.turn.message;
      expect(message).toMatchObject({
        eventId: 'whatsapp:wamid.xyzxyz',
        conversationId: 'whatsapp:1122334455667:972987654321',
        kind: 'text',
        text: 'Body Text',
        sender: { id: '972987654321', phone: '972987654321', name: 'Test Name' },
        receivedAt: new Date(1697043223 * 1000).toISOString(),
      });
      const log = await stores.messages.list(message.conversationId);
      expect(log.map((e) => [e.direction, e.id, e.text])).toEqual([
        ['in', 'whatsapp:wamid.xyzxyz', 'Body Text'],
      ]);
    });

    it('WhatsApp batch of two changes: both messages are parsed and ingested', async () => {
      const { enqueued, stores } = await post('whatsapp', 'batch_one_entry_two_changes_text.json');
      // The fixture's placeholders give both messages the same wamid ("wamid.ID"): the second is, as far
      // as dedupe can tell, a repeat, so one turn is queued, and the message log holds the first.
      expect(enqueued.map((e) => e.turn.message.text)).toEqual(['MESSAGE_BODY']);
      expect(await stores.messages.list('whatsapp:PHONE_NUMBER_ID:PHONE_NUMBER')).toHaveLength(1);
    });

    it('WhatsApp statuses are recorded, never queued', async () => {
      const { enqueued, stores } = await post('whatsapp', 'status_failed.json');
      expect(enqueued).toEqual([]);
      expect(stores.recordedStatuses).toMatchObject([
        {
          eventId: 'whatsapp-status:wamid.xyzxyz:failed',
          conversationId: 'whatsapp:1122334455667:972987654321',
          status: 'failed',
          errors: [{ code: 130472, title: "User's number is part of an experiment" }],
        },
      ]);
    });

    it('WhatsApp call and account updates are ignored with a log line', async () => {
      for (const file of ['call_status_ringing.json', 'account_update_violation.json']) {
        const { enqueued, stores, logs } = await post('whatsapp', file);
        expect(enqueued).toEqual([]);
        expect(stores.recordedStatuses).toEqual([]);
        expect(logs.some((l) => l.message === 'webhook event ignored')).toBe(true);
      }
    });

    it('LINE console verification (events: []) → 200 and nothing queued', async () => {
      const { result, enqueued } = await post('line', 'webhook_verification_empty_events.json');
      expect(result.statusCode).toBe(200);
      expect(enqueued).toEqual([]);
    });

    it('LINE two events in one POST → two messages parsed (dedupe keys on webhookEventId)', async () => {
      const parsed = inboundChannels(SECRETS).line.parse(read('line', 'image_message_set_two_events.json'));
      expect(parsed.messages.map((m) => [m.kind, m.platformMessageId])).toEqual([
        ['image', '354718705033693859'],
        ['image', '354718705033693861'],
      ]);
      // The anonymised fixture gives both events the same webhookEventId, so ingest queues the first only.
      const { enqueued } = await post('line', 'image_message_set_two_events.json');
      expect(enqueued.map((e) => e.turn.message.platformMessageId)).toEqual(['354718705033693859']);
    });

    it('LINE big batches: every message-like event is parsed, the rest ignored, nothing thrown', () => {
      const line = inboundChannels(SECRETS).line;
      for (const file of ['batch_28_events_all_types.json', 'batch_47_events_php_sdk.json']) {
        const body = JSON.parse(read('line', file).toString('utf8')) as { events: unknown[] };
        const parsed = line.parse(read('line', file));
        expect(parsed.messages.length).toBeGreaterThan(5);
        expect(parsed.messages.length + parsed.ignored.length).toBe(body.events.length);
      }
    });

    it('Telegram private text: conversation by bot id and chat id, language from the client', async () => {
      const { enqueued } = await post('telegram', 'private_text.json');
      expect(enqueued).toHaveLength(1);
      const message = enqueued[0]!.turn.message;
      expect(message.conversationId).toMatch(/^telegram:123456789:-?\d+$/);
      expect(message.kind).toBe('text');
      expect(message.eventId).toMatch(/^telegram:\d+$/);
    });

    it('Telegram unknown update kinds are ignored, not errors', async () => {
      const { result, enqueued, logs } = await post('telegram', 'unknown_update_kind.json');
      expect(result.statusCode).toBe(200);
      expect(enqueued).toEqual([]);
      expect(logs.some((l) => String(l.extra?.event).includes('new_update_kind'))).toBe(true);
    });
  });
});

interface Vector {
  id: string;
  platform: string;
  secret: string;
  raw_body_utf8_base64: string;
  header_value: string;
  expected_valid: boolean;
}

suite('signatures.json vectors through the verify code', () => {
  const vectors: Vector[] = hasConformance
    ? (
        JSON.parse(readFileSync(path.join(conformanceDir, 'signatures.json'), 'utf8')) as {
          vectors: Vector[];
        }
      ).vectors
    : [];
  it('has vectors of both signed platforms, valid and invalid', () => {
    expect(vectors.some((v) => v.platform === 'whatsapp' && v.expected_valid)).toBe(true);
    expect(vectors.some((v) => v.platform === 'whatsapp' && !v.expected_valid)).toBe(true);
    expect(vectors.some((v) => v.platform === 'line' && v.expected_valid)).toBe(true);
    expect(vectors.some((v) => v.platform === 'line' && !v.expected_valid)).toBe(true);
  });
  for (const vector of vectors) {
    it(`${vector.id} is ${vector.expected_valid ? 'valid' : 'invalid'}`, () => {
      const rawBody = Buffer.from(vector.raw_body_utf8_base64, 'base64');
      if (vector.platform === 'whatsapp') {
        const req: WebhookRequest = {
          method: 'POST',
          headers: { 'x-hub-signature-256': vector.header_value },
          query: {},
          rawBody,
        };
        expect(verifyWhatsApp(req, vector.secret).ok).toBe(vector.expected_valid);
      } else if (vector.platform === 'line') {
        const req: WebhookRequest = {
          method: 'POST',
          headers: { 'x-line-signature': vector.header_value },
          query: {},
          rawBody,
        };
        expect(verifyLine(req, vector.secret).ok).toBe(vector.expected_valid);
      } else {
        throw new Error(`no verifier for platform ${vector.platform}`);
      }
    });
  }
});
