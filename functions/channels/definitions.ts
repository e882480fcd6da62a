// The shapes a channel folder fills in to be registered: an inbound definition (verify + parse, and the
// platform's GET subscription handshake if it has one) for registry.ts, and an outbound definition
// (build the sender) for outbound.ts, plus the two small helpers the outbound definitions share. The
// per-channel files and both registries import this, so it imports neither (no cycles), and its imports are
// types only (it adds no SDK to the ingest bundle).
import type { Env, SecretName } from '../config';
import type { ChannelInbound, ChannelOutbound, VerifyResult, WebhookRequest } from '../core/ports';
import type { ChannelName, ParsedWebhook } from '../core/types';
import type { SendLogger } from './outbound-text';
import type { SenderRetryOptions } from './retry';

export type ChannelSecrets = Partial<Record<SecretName, string | undefined>>;

/** What a GET on `/webhooks/{channel}` answers (WhatsApp echoes `hub.challenge`). */
export interface HandshakeResult {
  status: number;
  contentType: 'text/plain' | 'application/json';
  body: string;
}

/**
 * The ingest half of a platform, as plain functions of the secrets: registry.ts binds them per channel.
 * Nothing here may import a send SDK or the channel's send.ts (lint rule `ingest-bundle-stays-small`).
 */
export interface InboundDefinition {
  /** Checks the platform's signature / secret on the raw bytes; a missing secret refuses everything. */
  verify(req: WebhookRequest, secrets: ChannelSecrets): VerifyResult;
  /** Verified bytes → messages and statuses; throws `WebhookShapeError` on a body that is not the envelope. */
  parse(rawBody: Buffer, secrets: ChannelSecrets): ParsedWebhook;
  /** The platform's GET subscription check, for platforms that have one; without it GET answers 405. */
  handshake?(req: WebhookRequest, secrets: ChannelSecrets): HandshakeResult;
}

/** A bound inbound channel: core's port plus the optional handshake. */
export interface InboundChannel extends ChannelInbound {
  handshake?(req: WebhookRequest): HandshakeResult;
}

/** Test, bench and local-stack knobs for the senders; production passes none. */
export interface OutboundOptions {
  logger?: SendLogger;
  /** The clock of reply-token freshness (LINE), the 24-hour window (WhatsApp), chat spacing (Telegram). */
  now?: () => number;
  retry?: SenderRetryOptions;
  /** Replaces every wait: retry backoff and Telegram's per-chat spacing (`retry.sleep` wins for retries). */
  sleep?: (ms: number) => Promise<void>;
}

/** The retry knobs a sender gets: the caller's, with `sleep` as the default wait. */
export function senderRetry(options: OutboundOptions): SenderRetryOptions | undefined {
  return options.sleep ? { sleep: options.sleep, ...options.retry } : options.retry;
}

/**
 * The worker half of a platform. `E` names the environment variables the sender reads (a `Pick<Env, …>`),
 * `M` the merchant settings it needs; outbound.ts derives what `createOutboundChannel` asks for from them.
 */
export interface OutboundDefinition<E extends Partial<Env> = Partial<Env>, M = unknown> {
  create(env: E, merchant: M, options: OutboundOptions): ChannelOutbound;
}

export class ChannelConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChannelConfigError';
  }
}

/** A setting a sender cannot work without: fails when the channel is first used, naming the variable. */
export function required(value: string | undefined, name: string, channel: ChannelName): string {
  if (!value) throw new ChannelConfigError(`${name} is not set: cannot send on ${channel}`);
  return value;
}
