// Both channel registries cover every channel core names, and binding a definition keeps its behaviour
// (secrets, handshake, config errors) — the per-platform logic itself is tested beside each platform.
import { describe, expect, it } from 'vitest';
import {
  ChannelConfigError,
  createOutboundChannel,
  OUTBOUND_CHANNELS,
} from '../../../functions/channels/outbound';
import {
  channelsWithHandshake,
  createInboundChannel,
  INBOUND_CHANNELS,
  isChannelName,
} from '../../../functions/channels/registry';
import type { WebhookRequest } from '../../../functions/core/ports';
import { CHANNELS } from '../../../functions/core/types';
import { PUBLIC_API_ROOTS, SENDER_MERCHANT } from '../../helpers/platform-roots';
import { apiEvent, createHarness } from './webhook-harness';

const request = (query: Record<string, string>): WebhookRequest => ({
  method: 'GET',
  headers: {},
  query,
  rawBody: Buffer.alloc(0),
});

describe('channel registries', () => {
  it('register exactly the channels core names, on both sides', () => {
    expect(Object.keys(INBOUND_CHANNELS).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(OUTBOUND_CHANNELS).sort()).toEqual([...CHANNELS].sort());
  });

  it('recognise registered names only', () => {
    for (const name of CHANNELS) expect(isChannelName(name)).toBe(true);
    for (const name of ['wechat', '', undefined, 'toString', '__proto__'])
      expect(isChannelName(name)).toBe(false);
  });

  it('bind the handshake only where the platform has one (WhatsApp), with its secret', () => {
    expect(channelsWithHandshake()).toEqual(['whatsapp']);
    expect(createInboundChannel('line', {}).handshake).toBeUndefined();
    const whatsapp = createInboundChannel('whatsapp', { WHATSAPP_VERIFY_TOKEN: 'tok' });
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'tok', 'hub.challenge': '42' };
    expect(whatsapp.handshake?.(request(query))).toEqual({
      status: 200,
      contentType: 'text/plain',
      body: '42',
    });
    const unset = createInboundChannel('whatsapp', {});
    expect(unset.handshake?.(request(query)).status).toBe(403);
  });

  it('name the missing variable when a sender cannot be built', () => {
    const env = PUBLIC_API_ROOTS;
    const merchant = SENDER_MERCHANT;
    const expected = {
      whatsapp: 'WHATSAPP_ACCESS_TOKEN',
      line: 'LINE_CHANNEL_ACCESS_TOKEN',
      telegram: 'TELEGRAM_BOT_TOKEN',
    } as const;
    for (const name of CHANNELS) {
      expect(() => createOutboundChannel(name, env, merchant)).toThrow(ChannelConfigError);
      expect(() => createOutboundChannel(name, env, merchant)).toThrow(expected[name]);
    }
  });

  it('let the ingest handler answer GET only for channels with a handshake', async () => {
    const h = createHarness();
    const get = (channel: string) =>
      h.invoke(apiEvent({ channel, method: 'GET', query: { 'hub.mode': 'x' } }));
    expect((await get('line')).statusCode).toBe(405);
    expect((await get('telegram')).statusCode).toBe(405);
    expect((await get('whatsapp')).statusCode).toBe(400);
    expect((await get('wechat')).statusCode).toBe(404);
  });
});
