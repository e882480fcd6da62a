// What the worker handler runs on: stores, channels and the turn (wired from the environment by
// worker-wiring.ts, by the local stack, or by tests and the dialog eval).
import type { Logger } from '@aws-lambda-powertools/logger';
import type { ChannelOutbound, ConversationStore, EventClaimStore, Notifier } from '../core/ports';
import type { TurnInput, TurnResult } from '../core/turn-types';
import type { ChannelName } from '../core/types';
import type { MediaDeps } from './worker-media';

/** The media chores' needs (saveMedia, describeMedia, messages, cases) plus the turn's. */
export interface WorkerDeps extends MediaDeps {
  conversations: ConversationStore;
  claims: EventClaimStore;
  channelFor(name: ChannelName): ChannelOutbound;
  runTurn(input: TurnInput): Promise<TurnResult>;
  /** Told after a turn hands off, once the shopper's replies went out (retried; never fails the turn). */
  notifiers?: readonly Notifier[];
  logger?: Logger;
  now?: () => Date;
}
