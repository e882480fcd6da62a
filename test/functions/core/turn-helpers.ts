// A small keyword understanding and policy so the turn's tests need neither the intent model nor the LLM.
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { createTurn, type TurnDeps } from '../../../functions/core/turn';
import type { Conversation, InboundMessage, Intent, Understanding } from '../../../functions/core/types';
import { toolSet } from '../../../functions/tools/index';
import { parseAddress } from '../../../functions/understanding/address';
import { readReplyCues, readRequests } from '../../../functions/understanding/cues/index';
import { readTopicCues } from '../../../functions/understanding/topics/index';
import { conversation, merchant, NOW, seededStores } from '../tools/fixtures';

const RULES: [RegExp, Intent][] = [
  [/ignore (all|previous)|system prompt|account owner|admin/i, 'other'],
  [/cancel/i, 'cancel_order'],
  [/address/i, 'change_address'],
  [/return/i, 'return_item'],
  [/broken|damaged|torn/i, 'damaged_item'],
  [/late|delay|when will/i, 'delivery_delay'],
  [/where|track|status|order/i, 'track_order'],
  [/size|fit/i, 'size_help'],
  [/stock|material|colou?r/i, 'product_question'],
  [/human|person|agent/i, 'human_agent'],
  [/^(hi|hello)\b/i, 'greeting'],
  [/thank/i, 'thanks_bye'],
];

export function fakeUnderstand({ text }: { text: string }): Understanding {
  const rule = RULES.find(([re]) => re.test(text));
  const num = (re: RegExp) => {
    const m = text.match(re);
    return m ? Number(m[1]) : undefined;
  };
  const language = /[¿¡]|dónde|pedido/.test(text) ? 'es' : 'en';
  const orderIds = [...text.matchAll(/(?<![\d@])#?(\d{5})(?!\d)/g)].map((m) => m[1]!);
  const address = parseAddress(text, { exclude: orderIds });
  return {
    language,
    languageConfidence: text.length > 8 ? 0.9 : 0.3,
    intent: rule?.[1] ?? 'other',
    confidence: rule ? 0.9 : 0.3,
    entities: {
      orderIds,
      trackingNumbers: [],
      emails: text.match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? [],
      postcodes: [],
      measurements: Object.fromEntries(
        Object.entries({
          heightCm: num(/(\d{3})\s?cm/),
          weightKg: num(/(\d{2,3})\s?kg/),
          chestCm: num(/chest (\d+)/),
          footCm: num(/foot (\d+(?:\.\d)?)/),
        }).filter(([, v]) => v !== undefined),
      ),
      sizes: /US (\d+)/.test(text) ? [{ system: 'US', value: text.match(/US (\d+)/)![1]! }] : [],
    },
    signals: {
      humanRequest: false,
      reputationThreat: false,
      legalThreat: /lawyer/i.test(text),
      compensationDemand: false,
      billingError: false,
      anger: false,
      injection: /ignore (all|previous)|system prompt|<script|drop table/i.test(text),
      garbled: false,
      contentFree: /^[.?!\s]+$/.test(text),
    },
    // The real cue readers: only the intent model is faked here.
    reply: readReplyCues(text, language),
    requests: readRequests(text, language),
    topic: readTopicCues(text, language),
    ...(address ? { address } : {}),
    source: 'offline',
  };
}

let seq = 0;
export function inbound(conv: Conversation, fields: Partial<InboundMessage>): InboundMessage {
  seq += 1;
  return {
    eventId: `${conv.channel}:e${seq}`,
    conversationId: conv.id,
    channel: conv.channel,
    sender:
      conv.channel === 'whatsapp' ? { id: conv.recipient, phone: conv.recipient } : { id: conv.recipient },
    kind: 'text',
    receivedAt: NOW.toISOString(),
    raw: {},
    ...fields,
  };
}

type Seeded = Awaited<ReturnType<typeof seededStores>>;

/** The real turn over seeded stores and the real tools, with the keyword understanding and policy above. */
export function keywordTurn({ stores, cases }: Seeded, overrides: Partial<TurnDeps> = {}) {
  return createTurn({
    merchant,
    orders: stores.orders,
    cases,
    tools: toolSet,
    understand: fakeUnderstand,
    now: () => NOW,
    ...overrides,
  });
}

/** The SQS batch the worker receives: one record per message, grouped by conversation as the FIFO queue does. */
export const sqsEvent = (...messages: InboundMessage[]): SQSEvent => ({
  Records: messages.map(
    (m) =>
      ({
        messageId: `sqs-${m.eventId}`,
        body: JSON.stringify({ v: 1, message: m }),
        attributes: { MessageGroupId: m.conversationId },
      }) as unknown as SQSRecord,
  ),
});

/** A chat: send texts / taps / photos in order and get each turn's replies, with the conversation carried over. */
export async function chat(channel: Conversation['channel'], overrides: Partial<TurnDeps> = {}) {
  const seeded = await seededStores();
  const { stores, cases } = seeded;
  const runTurn = keywordTurn(seeded, overrides);
  let conv = conversation(channel);
  const send = async (fields: Partial<InboundMessage> | string) => {
    const result = await runTurn({
      message: inbound(conv, typeof fields === 'string' ? { text: fields } : fields),
      conversation: conv,
    });
    conv = result.conversation;
    return result;
  };
  return {
    stores,
    cases,
    send,
    get conversation() {
      return conv;
    },
    tap: (payload: string) => send({ kind: 'button', payload, text: payload }),
    texts: async (fields: Partial<InboundMessage> | string) =>
      (await send(fields)).replies.map((r) => r.text).join('\n'),
  };
}
