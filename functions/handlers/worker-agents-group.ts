// The Telegram agents group: where agents already are. The bot posts each handoff there (the Telegram
// group notifier) with a Claim button; an agent taps it to take the conversation, and answers the shopper by
// replying to that post — the reply is translated and sent to the shopper like a console reply. `/release`
// and `/close <resolution>` as replies hand it back. The post's last line, `#h<handoffId>`, ties a reply to
// its handoff (only the post's own last line is read, so a shopper cannot steer an agent's reply).
import type { Logger } from '@aws-lambda-powertools/logger';
import { type AgentDesk, DeskError } from '../core/agent-desk';
import type { ChannelOutbound, SendContext } from '../core/ports';
import { recipientOf } from '../core/recipient';
import type { InboundMessage } from '../core/types';
import { handoffIdFromNotification, parseAgentGroupCallback } from '../services/notifiers/telegram-group';

export function isAgentsGroup(message: InboundMessage, chatId: string): boolean {
  return message.channel === 'telegram' && recipientOf(message.conversationId) === chatId;
}

function repliedToText(raw: unknown): string | undefined {
  const message = (raw as { message?: { reply_to_message?: { text?: unknown } } } | undefined)?.message;
  const text = message?.reply_to_message?.text;
  return typeof text === 'string' ? text : undefined;
}

export async function handleAgentsGroup(
  message: InboundMessage,
  ctx: { desk: AgentDesk; channel: ChannelOutbound; logger: Logger },
): Promise<void> {
  const { desk, channel, logger } = ctx;
  const agent = message.sender.name ?? `Telegram ${message.sender.id}`;
  const to: SendContext = {
    conversation: { id: message.conversationId, recipient: recipientOf(message.conversationId) },
    inReplyTo: {
      receivedAt: message.receivedAt,
      ...(message.callbackQueryId ? { callbackQueryId: message.callbackQueryId } : {}),
    },
  };
  const tell = (text: string) => channel.send(to, { text }).then(() => undefined);
  // A tapped button spins on the agent's phone until its callback query is answered; acknowledge() answers
  // it (the worker skips acknowledging the agents group otherwise). Best effort, like every acknowledgement.
  if (message.callbackQueryId) await channel.acknowledge?.(to);

  const claim = message.kind === 'button' ? parseAgentGroupCallback(message.payload ?? '') : undefined;
  const handoffId = claim?.handoffId ?? handoffIdFromNotification(repliedToText(message.raw));
  if (!handoffId) {
    // Agents chatting among themselves; the tap of a stale button still needs its spinner stopped.
    if (message.callbackQueryId) await tell('This button is no longer active.');
    return;
  }
  const conversation = await desk.findOpenHandoff(handoffId);
  if (!conversation) return tell(`#${handoffId} is no longer open.`);
  try {
    if (claim) {
      await desk.claim(conversation.id, agent);
      return tell(`✅ ${agent} took #h${handoffId}. Reply to the handoff message to answer the shopper.`);
    }
    const text = message.text?.trim() ?? '';
    if (text === '') return;
    const command = /^\/(release|close)(?:@\w+)?(?:\s+(.+))?$/s.exec(text);
    if (command?.[1] === 'release') {
      await desk.release(conversation.id, agent);
      return tell(`↩️ #h${handoffId} is back with the bot.`);
    }
    if (command?.[1] === 'close') {
      await desk.close(conversation.id, agent, command[2]?.trim() || 'resolved');
      return tell(`✔️ #h${handoffId} closed.`);
    }
    const sent = await desk.reply(conversation.id, agent, text);
    if (sent.translation) return tell(`➜ sent (${sent.translation.language}): ${sent.translation.text}`);
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    logger.info('agents group action refused', { code: error.code });
    return tell(error.claimedBy ? `#h${handoffId} is already taken by ${error.claimedBy}.` : error.message);
  }
}
