// The conversation turn: one inbound message in, the updated conversation and the replies out. One
// pipeline of named steps, in one order (docs/architecture.md, "The turn", draws it):
//
//   reply ⟲ language → human mode → buttons → media → requests → pending question → understand → decide → act
//
// `reply` wraps the rest (it shapes what they said); each other step answers or passes on. Pure: every
// capability (understanding, LLM, tools, stores) is injected, so the same code runs in the worker Lambda,
// the local stack, the tests and `npm run eval:dialogs`. Authorization is not decided here: the tools
// decide it from the conversation's verified identity.
import { readAwaiting } from './dialog/awaiting';
import type { TurnState } from './flows/state';
import { identityFor, withoutLapsedLinks } from './identity';
import { compose } from './pipeline';
import { actStep } from './steps/act';
import { buttonStep } from './steps/buttons';
import { decideStep } from './steps/decide';
import { guardStep } from './steps/guard';
import { humanModeStep } from './steps/human-mode';
import { mediaStep } from './steps/media';
import { pendingStep } from './steps/pending';
import { readStep } from './steps/read';
import { replyStep } from './steps/reply';
import { requestStep } from './steps/requests';
import { turnOrderStore } from './turn-orders';
import type { TurnDeps, TurnInput, TurnResult } from './turn-types';
import type { Conversation } from './types';

export type { TurnDeps, TurnInput, TurnLlm, TurnLog, TurnResult } from './turn-types';

/** An unanswered question older than this is forgotten: "yes" a day later confirms nothing. */
const AWAITING_TTL_MS = 24 * 60 * 60 * 1000;

/** The steps, in their one order. */
export const TURN_STEPS = [
  replyStep,
  readStep,
  humanModeStep,
  buttonStep,
  mediaStep,
  requestStep,
  pendingStep,
  guardStep,
  decideStep,
  actStep,
] as const;

const runSteps = compose(TURN_STEPS);

/**
 * Creates the turn function.
 * @example
 * const runTurn = createTurn({ merchant, orders, cases, tools: toolSet, understand });
 * const { conversation, replies } = await runTurn({ message, conversation });
 */
export function createTurn(deps: TurnDeps): (input: TurnInput) => Promise<TurnResult> {
  const clock = deps.now ?? (() => new Date());
  return async ({ message, conversation: stored, media }) => {
    const now = clock();
    const conversation: Conversation = withoutLapsedLinks(structuredClone(stored), now);
    // Never backwards: a late redelivery of an old message must not close (or reopen) WhatsApp's window.
    if (
      !conversation.lastInboundAt ||
      Date.parse(message.receivedAt) > Date.parse(conversation.lastInboundAt)
    )
      conversation.lastInboundAt = message.receivedAt;
    conversation.identity = identityFor(message, conversation);
    if (message.inGroup) {
      // A group is many people: one member's proof is not everyone's, so a group never holds one.
      conversation.identity = { kind: 'anonymous' };
      delete conversation.linkedCustomerIds;
    }
    const pending = readAwaiting(conversation.awaiting);
    if (!pending || now.getTime() - Date.parse(pending.since) > AWAITING_TTL_MS) delete conversation.awaiting;
    const language = conversation.language ?? deps.merchant.defaultLanguage;
    const turnDeps: TurnDeps = {
      ...deps,
      orders: turnOrderStore(deps.orders),
      ...(deps.transcribe
        ? { transcribe: (input) => deps.transcribe!({ ...input, media: input.media ?? media }) }
        : {}),
    };
    const state: TurnState = {
      deps: turnDeps,
      message,
      now,
      conversation,
      language,
      text: '',
      pending: conversation.awaiting,
      replies: [],
      log: { kind: message.kind, action: 'none', tools: [], steps: [], language },
    };
    await runSteps(state);
    return {
      conversation: state.conversation,
      replies: state.replies,
      handoff: state.handoff,
      log: state.log,
    };
  };
}
