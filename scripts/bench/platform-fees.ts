// Platform fees per conversation: what the real senders measurably sent (platforms.ts) times the rates in
// platform-rates.json (or BENCH_PLATFORM_RATES=<file>). Pure arithmetic, tested in
// test/scripts/bench-fees.test.ts; every rate is the merchant's to replace.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { ChannelName } from '../../functions/core/types';
import type { PlatformTally } from './platforms';

const note = z.string().min(1);
const amount = z.number().min(0);

const ratesSchema = z.object({
  note,
  currency: z.string().min(1),
  conversationsPerMonth: z.object({ value: z.number().positive(), note }),
  whatsapp: z.object({
    note,
    callingCodes: z.record(z.string().regex(/^\d{1,4}$/), z.string().min(1)),
    rates: z
      .record(z.string(), z.object({ template: amount, service: amount, note }))
      .refine((rates) => 'default' in rates, 'whatsapp.rates needs a "default" entry'),
  }),
  line: z
    .object({
      note,
      plan: z.string(),
      otherPushesPerMonth: z.object({ value: amount, note }),
      plans: z.record(
        z.string(),
        z.object({
          monthlyFee: amount,
          freeMessages: z.number().int().min(0),
          /** null: the plan cannot send beyond its free messages. */
          perMessage: amount.nullable(),
          note,
        }),
      ),
    })
    .refine((line) => line.plan in line.plans, 'line.plan must name one of line.plans'),
  telegram: z.object({ note, perMessage: amount }),
});

export type PlatformRates = z.infer<typeof ratesSchema>;
export type LinePlan = PlatformRates['line']['plans'][string];

/** Validates a rates object (every entry must say what it assumes). */
export function parsePlatformRates(input: unknown): PlatformRates {
  const result = ratesSchema.safeParse(input);
  if (!result.success) throw new Error(`Invalid platform rates: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** platform-rates.json beside this file, or the file named by BENCH_PLATFORM_RATES. */
export function loadPlatformRates(path = process.env.BENCH_PLATFORM_RATES): PlatformRates {
  const file = path ?? new URL('./platform-rates.json', import.meta.url);
  return parsePlatformRates(JSON.parse(readFileSync(file, 'utf8')));
}

/** The country of a WhatsApp number (wa_id, E.164 digits) by its longest matching calling code. */
export function countryOfNumber(waId: string, callingCodes: Record<string, string>): string | undefined {
  for (let length = 4; length >= 1; length--) {
    const country = callingCodes[waId.slice(0, length)];
    if (country) return country;
  }
  return undefined;
}

/** Meta's charge for the messages one conversation delivered, each priced by its recipient's country. */
export function whatsappFee(
  byRecipient: PlatformTally['whatsappByRecipient'],
  rates: PlatformRates['whatsapp'],
): number {
  let fee = 0;
  for (const [waId, sent] of Object.entries(byRecipient)) {
    const country = countryOfNumber(waId, rates.callingCodes);
    const rate = (country ? rates.rates[country] : undefined) ?? rates.rates.default!;
    fee += sent.templates * rate.template + sent.service * rate.service;
  }
  return fee;
}

export interface LineFee {
  /** The overage the bot's pushes cause, spread over the month's conversations. */
  perConversation: number;
  /** What one more conversation costs once the free messages are used up (NaN: the plan cannot send more). */
  marginalPerConversation: number;
  monthlyBotPushes: number;
  /** Bot pushes beyond the free messages (after the merchant's other pushes used their share). */
  billablePushes: number;
  /** Pushes beyond the quota on a plan that cannot send more: they would fail. */
  blockedPushes: number;
}

/**
 * LINE: reply-token replies are free; pushes (one per request and recipient) use the plan's monthly free
 * messages, which the merchant's other pushes use first; beyond them, the plan's per-message price.
 */
export function lineFee(
  pushesPerConversation: number,
  rates: PlatformRates,
  planName = rates.line.plan,
): LineFee {
  const plan = rates.line.plans[planName];
  if (!plan) throw new Error(`unknown LINE plan ${planName}`);
  const conversations = rates.conversationsPerMonth.value;
  const monthlyBotPushes = pushesPerConversation * conversations;
  const quotaLeft = Math.max(0, plan.freeMessages - rates.line.otherPushesPerMonth.value);
  const overQuota = Math.max(0, monthlyBotPushes - quotaLeft);
  const billablePushes = plan.perMessage === null ? 0 : overQuota;
  return {
    perConversation: (billablePushes * (plan.perMessage ?? 0)) / conversations,
    marginalPerConversation: plan.perMessage === null ? Number.NaN : pushesPerConversation * plan.perMessage,
    monthlyBotPushes,
    billablePushes,
    blockedPushes: plan.perMessage === null ? overQuota : 0,
  };
}

/** What one channel's measured conversations sent, averaged per conversation, with the fee. */
export interface ChannelPlatformFigures {
  channel: ChannelName;
  conversations: number;
  messages: number;
  lineReplies: number;
  linePushes: number;
  whatsappTemplates: number;
  /** Platform fee per conversation at the rates. */
  fee: number;
  /** LINE only: pushes a month beyond a quota the plan cannot exceed. */
  blockedPushes: number;
}

const mean = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Averages one channel's tallies per conversation and prices them. */
export function channelFigures(
  channel: ChannelName,
  tallies: readonly PlatformTally[],
  rates: PlatformRates,
): ChannelPlatformFigures {
  const linePushes = mean(tallies.map((t) => t.linePushRequests));
  const templates = mean(
    tallies.map((t) => Object.values(t.whatsappByRecipient).reduce((n, r) => n + r.templates, 0)),
  );
  const messages = mean(tallies.map((t) => t.messages[channel]));
  const line = channel === 'line' ? lineFee(linePushes, rates) : undefined;
  const fee =
    channel === 'whatsapp'
      ? mean(tallies.map((t) => whatsappFee(t.whatsappByRecipient, rates.whatsapp)))
      : channel === 'line'
        ? (line?.perConversation ?? 0)
        : messages * rates.telegram.perMessage;
  return {
    channel,
    conversations: tallies.length,
    messages,
    lineReplies: mean(tallies.map((t) => t.lineReplyRequests)),
    linePushes,
    whatsappTemplates: templates,
    fee,
    blockedPushes: line?.blockedPushes ?? 0,
  };
}
