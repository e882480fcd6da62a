// The outbound channel registry: one line per platform (its outbound.ts builds the sender). Only the worker,
// the agent API and the local stack import this: it pulls in every send SDK, which the ingest bundle must
// not (the inbound registry, registry.ts, explains how to add a channel).
import type { ChannelOutbound } from '../core/ports';
import type { ChannelName } from '../core/types';
import type { OutboundDefinition, OutboundOptions } from './definitions';
import { lineOutbound } from './line/outbound';
import { telegramOutbound } from './telegram/outbound';
import { whatsappOutbound } from './whatsapp/outbound';

export { ChannelConfigError, type OutboundOptions } from './definitions';

/** Every platform's sender factory, keyed by channel name. */
export const OUTBOUND_CHANNELS = {
  whatsapp: whatsappOutbound,
  line: lineOutbound,
  telegram: telegramOutbound,
} as const satisfies Record<ChannelName, OutboundDefinition<never, never>>;

type Registered = (typeof OUTBOUND_CHANNELS)[ChannelName];
/** One `(value) => void` per registered sender, taking its `create`'s argument number `I`. */
type Takes<D, I extends 0 | 1> = D extends { create: (...args: infer A) => ChannelOutbound }
  ? (value: A[I]) => void
  : never;
/** A union of functions, read back through its parameter: the intersection of what each one takes. */
type TakenByAll<F> = [F] extends [(value: infer I) => void] ? I : never;

/** The environment every registered sender reads (all their `Pick<Env, …>` together). */
export type ChannelEnv = TakenByAll<Takes<Registered, 0>>;
/** The merchant settings every registered sender reads. */
export type ChannelMerchantConfig = TakenByAll<Takes<Registered, 1>>;

/**
 * Builds the sender for one channel from the environment and merchant config.
 * @example
 * const env = readEnv();
 * const whatsapp = createOutboundChannel('whatsapp', env, merchantConfigFromEnv(env));
 */
export function createOutboundChannel(
  name: ChannelName,
  env: ChannelEnv,
  merchantConfig: ChannelMerchantConfig,
  options: OutboundOptions = {},
): ChannelOutbound {
  const definition = OUTBOUND_CHANNELS[name] as OutboundDefinition<ChannelEnv, ChannelMerchantConfig>;
  return definition.create(env, merchantConfig, options);
}
