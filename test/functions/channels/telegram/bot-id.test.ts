// The Telegram bot id as a setting of its own: ingest in AWS has TELEGRAM_BOT_ID and the webhook secret but
// no bot token, and must still name conversations exactly as before (`telegram:<digits of the token>:<chat>`),
// or stored conversations would stop matching.
import type { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { ChannelConfigError, createOutboundChannel } from '../../../../functions/channels/outbound';
import { createInboundChannel, inboundChannels } from '../../../../functions/channels/registry';
import { botIdOfToken, resolveBotId } from '../../../../functions/channels/telegram/bot-id';
import { readEnv } from '../../../../functions/config';
import { createSecretsLoader } from '../../../../functions/services/secrets';
import { localSecrets } from '../../../../lib/local/defaults';
import { PUBLIC_API_ROOTS, SENDER_MERCHANT } from '../../../helpers/platform-roots';
import { createHarness, SECRETS, signedEvent } from '../webhook-harness';

const BOT_ID = '123456789'; // the digits of SECRETS.TELEGRAM_BOT_TOKEN
const update = (updateId: number) =>
  Buffer.from(
    JSON.stringify({
      update_id: updateId,
      message: {
        message_id: 7,
        from: { id: 4242, is_bot: false, first_name: 'Budi', language_code: 'id' },
        chat: { id: 4242, type: 'private', first_name: 'Budi' },
        date: Math.floor(Date.now() / 1000),
        text: 'paket saya di mana?',
      },
    }),
  );

/** What ingest reads in AWS: the telegram-webhook group only. */
const webhookOnly = { TELEGRAM_BOT_ID: BOT_ID, TELEGRAM_WEBHOOK_SECRET: SECRETS.TELEGRAM_WEBHOOK_SECRET };

describe('resolveBotId', () => {
  it('takes TELEGRAM_BOT_ID, else the digits before ":" in the token', () => {
    expect(resolveBotId({ TELEGRAM_BOT_ID: BOT_ID })).toEqual({ ok: true, botId: BOT_ID });
    expect(resolveBotId({ TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN })).toEqual({
      ok: true,
      botId: BOT_ID,
    });
    expect(resolveBotId({ TELEGRAM_BOT_ID: BOT_ID, TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN })).toEqual(
      {
        ok: true,
        botId: BOT_ID,
      },
    );
    expect(botIdOfToken('7000000001:LOCAL-telegram-bot-token')).toBe('7000000001');
  });

  it('refuses rather than guess: nothing set, not digits, or another bot than the token', () => {
    expect(resolveBotId({})).toMatchObject({ ok: false, reason: expect.stringContaining('TELEGRAM_BOT_ID') });
    expect(resolveBotId({ TELEGRAM_BOT_TOKEN: 'no-digits' }).ok).toBe(false);
    // A value from Secrets Manager skips the env schema: a pasted token or a stray space is caught here.
    for (const bad of [SECRETS.TELEGRAM_BOT_TOKEN, ` ${BOT_ID}`, 'bot123'])
      expect(resolveBotId({ TELEGRAM_BOT_ID: bad }).ok).toBe(false);
    const mismatch = resolveBotId({ TELEGRAM_BOT_ID: '999', TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN });
    expect(mismatch).toMatchObject({ ok: false, reason: expect.stringContaining('999') });
    // The reason names the bot ids, never the token's secret part.
    expect(JSON.stringify(mismatch)).not.toContain('TEST-token');
  });

  it('the env schema takes TELEGRAM_BOT_ID as digits only', () => {
    expect(readEnv({ TELEGRAM_BOT_ID: BOT_ID }).TELEGRAM_BOT_ID).toBe(BOT_ID);
    expect(() => readEnv({ TELEGRAM_BOT_ID: SECRETS.TELEGRAM_BOT_TOKEN })).toThrow('TELEGRAM_BOT_ID');
  });
});

describe('ingest with TELEGRAM_BOT_ID instead of the bot token', () => {
  it('parses an update into the same conversation id as with the token', () => {
    const withToken = createInboundChannel('telegram', SECRETS).parse(update(1));
    const withId = createInboundChannel('telegram', webhookOnly).parse(update(1));
    expect(withId.messages[0]?.conversationId).toBe(`telegram:${BOT_ID}:4242`);
    expect(withId).toEqual(withToken);
  });

  it('through the handler: verified, stored and queued under the same conversation as with the token', async () => {
    const before = createHarness();
    const after = createHarness({ channels: inboundChannels(webhookOnly) });
    expect((await before.invoke(signedEvent('telegram', update(2)))).statusCode).toBe(200);
    expect((await after.invoke(signedEvent('telegram', update(2)))).statusCode).toBe(200);
    expect(after.enqueued.map((e) => e.groupId)).toEqual([`telegram:${BOT_ID}:4242`]);
    expect(after.enqueued.map((e) => e.groupId)).toEqual(before.enqueued.map((e) => e.groupId));
    expect(await after.stores.messages.list(`telegram:${BOT_ID}:4242`, 10)).toHaveLength(1);
  });

  it('as deployed: the telegram-webhook secret alone (a token left in it is not taken) is enough', async () => {
    const asked: string[] = [];
    const source = {
      async send(command: GetSecretValueCommand) {
        asked.push(String(command.input.SecretId));
        // A merchant who copied the whole old combined secret: the token must still not reach ingest.
        return {
          SecretString: JSON.stringify({ ...webhookOnly, TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN }),
        };
      },
    };
    const env = readEnv({ SECRET_IDS: JSON.stringify({ 'telegram-webhook': 'crossdesk/telegram-webhook' }) });
    const secrets = await createSecretsLoader(env, source)();
    expect(asked).toEqual(['crossdesk/telegram-webhook']);
    expect(secrets).toEqual(webhookOnly);
    const h = createHarness({ channels: inboundChannels(secrets) });
    expect((await h.invoke(signedEvent('telegram', update(3)))).statusCode).toBe(200);
    expect(h.enqueued[0]?.turn.message.conversationId).toBe(`telegram:${BOT_ID}:4242`);
  });

  it('without a bot id (nor a token) refuses the webhook like a missing secret: 401, nothing stored', async () => {
    const h = createHarness({
      channels: inboundChannels({ TELEGRAM_WEBHOOK_SECRET: SECRETS.TELEGRAM_WEBHOOK_SECRET }),
    });
    expect((await h.invoke(signedEvent('telegram', update(4)))).statusCode).toBe(401);
    expect(h.enqueued).toEqual([]);
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'webhook rejected',
        extra: expect.objectContaining({ reason: expect.stringContaining('TELEGRAM_BOT_ID') }),
      }),
    );
    // parse() alone must not invent an id either (no `telegram:unknown:…` conversations).
    expect(() => createInboundChannel('telegram', { TELEGRAM_WEBHOOK_SECRET: 'x' }).parse(update(5))).toThrow(
      ChannelConfigError,
    );
  });

  it('a TELEGRAM_BOT_ID of another bot than the token is refused, not resolved either way', async () => {
    const h = createHarness({ channels: inboundChannels({ ...SECRETS, TELEGRAM_BOT_ID: '987654321' }) });
    expect((await h.invoke(signedEvent('telegram', update(6)))).statusCode).toBe(401);
    expect(h.enqueued).toEqual([]);
  });

  it('the local stack needs no TELEGRAM_BOT_ID: its token names the conversations as before', () => {
    const local = localSecrets({});
    expect(local).not.toHaveProperty('TELEGRAM_BOT_ID');
    const parsed = createInboundChannel('telegram', local).parse(update(7));
    expect(parsed.messages[0]?.conversationId).toBe('telegram:7000000001:4242');
  });
});

describe('the worker derives the same bot id', () => {
  // createOutboundChannel takes what every sender reads; only the Telegram part matters here.
  const env = PUBLIC_API_ROOTS;
  const merchant = SENDER_MERCHANT;

  it('builds the sender from the token alone, or with a TELEGRAM_BOT_ID that is the token’s bot', () => {
    expect(() =>
      createOutboundChannel('telegram', { ...env, TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN }, merchant),
    ).not.toThrow();
    expect(() =>
      createOutboundChannel(
        'telegram',
        { ...env, TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN, TELEGRAM_BOT_ID: BOT_ID },
        merchant,
      ),
    ).not.toThrow();
  });

  it('refuses a TELEGRAM_BOT_ID that is not the token’s bot: ingest would file shoppers under another bot', () => {
    const build = () =>
      createOutboundChannel(
        'telegram',
        { ...env, TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN, TELEGRAM_BOT_ID: '987654321' },
        merchant,
      );
    expect(build).toThrow(ChannelConfigError);
    expect(build).toThrow('TELEGRAM_BOT_ID');
  });
});
