// Who a conversation's replies go to.

/** The recipient is the conversation id's last segment: wa_id, LINE user/group id, Telegram chat id. */
export function recipientOf(conversationId: string): string {
  return conversationId.slice(conversationId.lastIndexOf(':') + 1);
}
