// Which agent-desk queue a conversation is in. Its own small module: the store's key builder needs it, and
// every bundle (the ingest one too) carries the store keys, but not the agent desk and its catalogs.
import type { DeskStatus } from './ports';
import type { Conversation } from './types';

export const DESK_STATUSES = ['handoff', 'human', 'bot', 'closed'] as const satisfies readonly DeskStatus[];

/** Waiting for an agent, owned by one, with the bot, or closed by an agent. */
export function deskStatus(conversation: Conversation): DeskStatus {
  const handoff = conversation.handoff;
  if (conversation.mode === 'human') return handoff?.status === 'claimed' ? 'human' : 'handoff';
  return handoff?.status === 'closed' ? 'closed' : 'bot';
}
