// What the worker handler runs on: stores, channels and the turn (wired from the environment by
// worker-wiring.ts, by the local stack, or by tests and the dialog eval).
import type { Logger } from '@aws-lambda-powertools/logger';
import type {
  CaseStore,
  ChannelOutbound,
  ConversationStore,
  EventClaimStore,
  MessageLog,
} from '../core/ports';
import type { TurnInput, TurnResult } from '../core/turn-types';
import type { ChannelName } from '../core/types';
import type { DescribeMedia } from './describe-media';

export interface WorkerDeps {
  conversations: ConversationStore;
  messages: MessageLog;
  claims: EventClaimStore;
  cases?: CaseStore;
  channelFor(name: ChannelName): ChannelOutbound;
  runTurn(input: TurnInput): Promise<TurnResult>;
  /** Copies inbound media to our storage; returns the key. */
  saveMedia?(input: {
    conversationId: string;
    mediaId: string;
    bytes: Buffer;
    mimeType: string;
  }): Promise<string>;
  /** A one-line description of a shopper's photo for the agent; only when the LLM takes images. */
  describeMedia?: DescribeMedia;
  logger?: Logger;
  now?: () => Date;
}
