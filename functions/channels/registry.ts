// The inbound channel registry: one line per platform, read by the ingest handler (and the local stack,
// tests and bench through `inboundChannels`). This file is all the ingest Lambda imports from
// functions/channels, so it names only each platform's inbound.ts (verify + parse): no send SDK, no render
// code, nothing the worker needs. The worker's half lives in outbound.ts, one line per platform as well.
//
// Adding a channel, say `viber`:
//   1. Add 'viber' to CHANNELS in functions/core/types.ts. Core owns the name because every InboundMessage
//      and Conversation carries it; both registries are `satisfies Record<ChannelName, …>`, so from then on
//      `tsc` points at the two lines still missing.
//   2. Create functions/channels/viber/ as the other folders are: verify.ts and parse.ts, plus inbound.ts
//      exporting `viberInbound: InboundDefinition` (add `handshake` if the platform checks the webhook with
//      a GET); send.ts and render.ts, plus outbound.ts exporting `viberOutbound: OutboundDefinition<Pick<Env,
//      …>>`. inbound.ts must not import send.ts or an SDK: `npm run lint` fails if the ingest bundle grows.
//   3. One line below (`viber: viberInbound,`) and one line in outbound.ts (`viber: viberOutbound,`).
//   4. Its secrets and base URL in functions/config.ts (envSchema, SECRET_NAMES): the only reader of
//      process.env. POST /webhooks/{channel} already routes every channel in AWS and locally; a GET route
//      is needed only with a handshake (`channelsWithHandshake`).
//   5. Tests in test/functions/channels/viber/; a fake and a simulator builder in lib/local for `npm start`.
import type { Env } from '../config';
import type { ChannelName } from '../core/types';
import type { ChannelSecrets, InboundChannel, InboundDefinition } from './definitions';
import { lineInbound } from './line/inbound';
import { telegramInbound } from './telegram/inbound';
import { whatsappInbound } from './whatsapp/inbound';

export type { ChannelSecrets, HandshakeResult, InboundChannel, InboundDefinition } from './definitions';

/** Every platform's verify + parse (+ handshake), keyed by the name in `/webhooks/{channel}`. */
export const INBOUND_CHANNELS = {
  whatsapp: whatsappInbound,
  line: lineInbound,
  telegram: telegramInbound,
} as const satisfies Record<ChannelName, InboundDefinition>;

/** True for a name in the registry; narrows a path segment to a ChannelName. */
export function isChannelName(name: string | undefined): name is ChannelName {
  return name !== undefined && Object.hasOwn(INBOUND_CHANNELS, name);
}

/** The channels whose webhook URL also answers a GET handshake (the routes must allow GET for them). */
export function channelsWithHandshake(): ChannelName[] {
  return (Object.keys(INBOUND_CHANNELS) as ChannelName[]).filter(
    (name) => (INBOUND_CHANNELS[name] as InboundDefinition).handshake !== undefined,
  );
}

/**
 * Binds one platform's verify + parse (+ handshake) to the secrets. A missing secret makes `verify` refuse
 * every request.
 * @example
 * const telegram = createInboundChannel('telegram', { TELEGRAM_BOT_ID, TELEGRAM_WEBHOOK_SECRET });
 * if (telegram.verify(req).ok) telegram.parse(req.rawBody);
 */
export function createInboundChannel(name: ChannelName, secrets: ChannelSecrets): InboundChannel {
  const definition: InboundDefinition = INBOUND_CHANNELS[name];
  const { handshake } = definition;
  return {
    name,
    verify: (req) => definition.verify(req, secrets),
    parse: (rawBody) => definition.parse(rawBody, secrets),
    ...(handshake ? { handshake: (req) => handshake(req, secrets) } : {}),
  };
}

/**
 * Every registered inbound channel, keyed by name.
 * @example
 * const channels = inboundChannels(readEnv());
 */
export function inboundChannels(env: ChannelSecrets | Env): Record<ChannelName, InboundChannel> {
  const secrets = env as ChannelSecrets;
  const names = Object.keys(INBOUND_CHANNELS) as ChannelName[];
  return Object.fromEntries(names.map((name) => [name, createInboundChannel(name, secrets)])) as Record<
    ChannelName,
    InboundChannel
  >;
}
