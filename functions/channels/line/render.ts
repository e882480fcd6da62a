// OutboundMessage → LINE Messaging API message objects. Options become quick replies (≤ 13 items,
// 20-char labels) on the last bubble, as postback actions whose displayText shows the shopper's choice in
// the chat while the data brings the payload back. Beyond LINE's limits, options become numbered text.
import type { messagingApi } from '@line/bot-sdk';
import type { OutboundMessage } from '../../core/types';
import { fullLabel, plainText, splitText, truncate, uniqueLabels } from '../outbound-text';

const TEXT_MAX = 5000;
const QUICK_REPLY_MAX = 13;
const POSTBACK_DATA_MAX = 300;

/**
 * Renders a message as LINE message objects (the caller sends them 5 per request).
 * @example
 * renderLine({ text: 'Which size?', buttons: [{ id: 'size:M', title: 'M' }] })
 */
export function renderLine(message: OutboundMessage): messagingApi.Message[] {
  const buttons = message.buttons ?? [];
  const labels = uniqueLabels(buttons, 20, { fold: true });
  const nativeButtons =
    buttons.length > 0 &&
    buttons.length <= QUICK_REPLY_MAX &&
    labels !== undefined &&
    buttons.every((button) => button.id.length <= POSTBACK_DATA_MAX);

  const out: messagingApi.Message[] = [];
  let text = plainText(message, { buttons: !nativeButtons });
  const image = message.image;
  if (image) {
    // LINE only fetches images over HTTPS; anything else is shown as a link instead.
    if (image.url.startsWith('https://')) {
      out.push({ type: 'image', originalContentUrl: image.url, previewImageUrl: image.url });
      if (image.caption && !text.includes(image.caption))
        text = text ? `${image.caption}\n\n${text}` : image.caption;
    } else {
      text = [text, `${image.caption ?? '🖼'} ${image.url}`].filter(Boolean).join('\n\n');
    }
  }
  if (text) for (const piece of splitText(text, TEXT_MAX)) out.push({ type: 'text', text: piece });
  if (out.length === 0) out.push({ type: 'text', text: '…' });

  if (nativeButtons && labels) {
    const last = out[out.length - 1]!;
    last.quickReply = {
      items: buttons.map((button, i) => ({
        type: 'action',
        action: {
          type: 'postback',
          label: labels[i]!,
          data: button.id,
          displayText: truncate(fullLabel(button), 300),
        },
      })),
    };
  }
  return out;
}

/** The plain text of one LINE message object, as the shopper reads it (used by the outbox too). */
export function lineMessageText(message: { type?: string; text?: string; altText?: string }): string {
  return message.text ?? message.altText ?? '';
}
