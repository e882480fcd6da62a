// What logs say instead of a conversation id. Conversation ids hold the shopper's phone number (WhatsApp),
// chat id (Telegram) or user id (LINE); logs are kept for months and read by more people than the data
// is, so every log line names a conversation by a keyed hash: stable (the lines of one conversation can be
// followed), not reversible without the key (a plain hash of a phone number is, by trying every number).
//
// Key: LOG_ID_KEY when set (a secret), else a fixed one, which still keeps numbers out of the log text but
// is only pseudonymous against someone who reads this file.
import { createHmac } from 'node:crypto';

const FALLBACK_KEY = 'crossdesk-log-id-v1';

/** `c_` + 16 hex characters of HMAC-SHA256(key, conversationId). */
export function logId(conversationId: string, key = process.env.LOG_ID_KEY || FALLBACK_KEY): string {
  return `c_${createHmac('sha256', key).update(conversationId).digest('hex').slice(0, 16)}`;
}
