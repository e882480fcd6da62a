// What the worker handler runs on: stores, channels and the turn (wired from the environment by
// worker-wiring.ts, by the local stack, or by tests and the dialog eval).
import type { Logger } from '@aws-lambda-powertools/logger';
import type { AgentDesk } from '../core/agent-desk';
import type { InsightsRecorder } from '../core/insights';
import type {
  ChannelOutbound,
  ConversationStore,
  CustomerConversations,
  EventClaimStore,
  Notifier,
} from '../core/ports';
import type { TurnInput, TurnResult } from '../core/turn-types';
import type { ChannelName, Order } from '../core/types';
import type { InsightAlerts } from '../insights/alerts';
import type { MediaDeps } from './worker-media';

/** The media chores' needs (saveMedia, describeMedia, messages, cases) plus the turn's. */
export interface WorkerDeps extends MediaDeps {
  conversations: ConversationStore;
  claims: EventClaimStore;
  channelFor(name: ChannelName): ChannelOutbound;
  runTurn(input: TurnInput): Promise<TurnResult>;
  /** Told after a turn hands off, once the shopper's replies went out (retried; never fails the turn). */
  notifiers?: readonly Notifier[];
  /** Builds handoff notices (summary, order card, translation) and runs the Telegram agents group's actions. */
  desk?: AgentDesk;
  /** The Telegram group agents work in: its messages are desk actions, not shopper turns. */
  agentsGroup?: { chatId: string; desk: AgentDesk };
  /** Which chats each customer proved themselves in: the worker records a new proof here. */
  customerConversations?: CustomerConversations;
  /** Tells shoppers first about their delayed shipments (shipment_update jobs). */
  proactive?: { shipmentUpdated(trackingNumber: string): Promise<string> };
  /**
   * The merchant's insights: each turn's events (message, reply, handoff, rating) go to the log after the
   * replies went out, best effort; `order` names a complaint's products; `alerts` counts defects and anger.
   */
  insights?: {
    recorder: InsightsRecorder;
    order?(orderId: string): Promise<Pick<Order, 'lines'> | undefined>;
    alerts?: Pick<InsightAlerts, 'observe'>;
  };
  logger?: Logger;
  now?: () => Date;
}
