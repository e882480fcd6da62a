// The merchant's settings: one typed, validated object. The CDK stack reads it from `crossdesk.config.json`
// and hands it to every function as MERCHANT_CONFIG; `npm start` reads the same file.
import * as z from 'zod';
import { en, type MessageKey } from './messages/en';
import { placeholderNames } from './messages/format';
import { CHANNELS, FAQ_TOPICS, LANGUAGES, type Language } from './types';

const language = z.enum(LANGUAGES);

export { DEFAULT_RETENTION, type RetentionDays } from './retention';

import { DEFAULT_RETENTION } from './retention';

/** One FAQ answer as the merchant wrote it, plus the merchant's own translations (preferred over MT). */
export interface FaqEntry {
  text: string;
  translations?: Partial<Record<Language, string>>;
}

/** Per-language overrides of the bot's catalog messages (tone, wording), same placeholders as English. */
export type MessageOverrides = Partial<Record<Language, Partial<Record<MessageKey, string>>>>;

// A plain string is shorthand for `{ text }`: most merchants start with one language.
const faqEntry = z.union([
  z
    .string()
    .min(1)
    .transform((text): FaqEntry => ({ text })),
  z.object({
    text: z.string().min(1),
    translations: z.partialRecord(language, z.string().min(1)).optional(),
  }),
]);

/**
 * Placeholders an override may leave out. Every other placeholder carries a fact the shopper needs (an order
 * or tracking number, a date, an amount, a link…): an override that drops one would silently lose it.
 * `brand` is decoration; `equivalents` is an optional trailing sentence that is often empty anyway.
 */
const DROPPABLE_PLACEHOLDERS: ReadonlySet<string> = new Set(['brand', 'equivalents']);

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** Problems of one override against the English catalog, as messages naming key, language and placeholder. */
function overrideProblems(lang: string, key: string, text: string): string[] {
  if (!isMessageKey(key))
    return [`unknown message key "${key}" (${lang}): the English catalog has no such message`];
  const expected = placeholderNames(en[key]);
  const used = placeholderNames(text);
  const problems: string[] = [];
  for (const name of used) {
    if (!expected.has(name)) {
      problems.push(`"${key}" (${lang}) uses {${name}}, which the English "${key}" does not have`);
    }
  }
  for (const name of expected) {
    if (!used.has(name) && !DROPPABLE_PLACEHOLDERS.has(name)) {
      problems.push(`"${key}" (${lang}) drops {${name}}, which the English "${key}" needs`);
    }
  }
  return problems;
}

const messageOverrides = z
  .partialRecord(language, z.record(z.string(), z.string().min(1)))
  .superRefine((overrides, ctx) => {
    for (const [lang, messages] of Object.entries(overrides)) {
      for (const [key, text] of Object.entries(messages ?? {})) {
        for (const message of overrideProblems(lang, key, text)) {
          ctx.addIssue({ code: 'custom', path: [lang, key], message });
        }
      }
    }
  })
  // Keys were checked against the catalog just above, so the narrower type is true.
  .transform((overrides) => overrides as MessageOverrides);

const merchantConfigObject = z.object({
  brandName: z.string().min(1),
  /** Languages the bot answers in; anything else is answered in `defaultLanguage`. */
  languages: z
    .array(language)
    .min(1)
    .default([...LANGUAGES]),
  defaultLanguage: language.default('en'),
  /** The language human agents read and write; shopper messages are translated into it for them. */
  agentLanguage: language.default('en'),
  timezone: z.string().default('UTC'),
  channels: z
    .object({
      whatsapp: z.boolean().default(true),
      line: z.boolean().default(true),
      telegram: z.boolean().default(true),
    })
    .default({ whatsapp: true, line: true, telegram: true }),
  thresholds: z
    .object({
      /** Below this the offline intent model's answer is not trusted (LLM next, else clarify/hand off). */
      intentConfidence: z.number().min(0).max(1).default(0.6),
      /** Below this the LLM's self-reported confidence hands the conversation to a human. */
      llmConfidence: z.number().min(0).max(1).default(0.5),
      /**
       * Per currency (ISO 4217): an order worth at least this much goes to a person when the shopper wants to
       * cancel, return, report damage or change its address, e.g. `{ "USD": 500, "EUR": 450 }`. Empty = never.
       */
      handoffOrderValue: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()).default({}),
    })
    .default({ intentConfidence: 0.6, llmConfidence: 0.5, handoffOrderValue: {} }),
  policies: z
    .object({
      returnWindowDays: z.number().int().positive().default(30),
      /** Return reasons accepted for non-defective items. */
      returnConditions: z.string().default('Unworn, unwashed, with tags attached.'),
      /** Order statuses in which the shopper may still change the address / cancel by themselves. */
      addressChangeUntil: z.enum(['pending', 'processing']).default('processing'),
      cancelUntil: z.enum(['pending', 'processing']).default('pending'),
      /** A shipment with no carrier event for this many days counts as stuck. */
      silentDaysBeforeDelay: z.number().int().positive().default(5),
      /**
       * A delayed shipment's message offers "cancel and refund" once it is this many days late (a person
       * then handles the refund); absent = never offered.
       */
      delayRefundAfterDays: z.number().int().positive().optional(),
      instructions: z.string().default(''),
      /** Prepaid return labels are served at `{returnLabelBaseUrl}/{rma}`. */
      returnLabelBaseUrl: z.url().optional(),
    })
    .default({
      returnWindowDays: 30,
      returnConditions: 'Unworn, unwashed, with tags attached.',
      addressChangeUntil: 'processing',
      cancelUntil: 'pending',
      silentDaysBeforeDelay: 5,
      instructions: '',
    }),
  whatsapp: z
    .object({
      apiVersion: z.string().default('v23.0'),
      /** Approved template used outside the 24-hour customer-service window; `{{1}}` gets the message text. */
      fallbackTemplate: z
        .object({
          name: z.string(),
          /** Template language per shopper language; missing ones use `defaultLanguageCode`. */
          languageCodes: z.partialRecord(language, z.string()).default({}),
          defaultLanguageCode: z.string().default('en_US'),
        })
        .optional(),
      /**
       * Utility templates for what we say unasked, by purpose (register each with Meta, one translation per
       * language): `delay_update` (a parcel is late, with choices) and `shipment_update` (a new carrier event
       * for a shopper who asked for updates). `parameters` names the message's values in the template's
       * `{{1}}, {{2}}…` order (order, situation, eta, tracking, optout); `quickReplies` are the payloads of the
       * template's quick-reply buttons in their order (`delay:wait`, `delay:updates`, `delay:agent`,
       * `delay:refund`), so a tap lands in the same dialog step as a tap in the chat. Without one, the
       * fallback template carries the text.
       */
      templates: z
        .partialRecord(
          z.enum(['delay_update', 'shipment_update']),
          z.object({
            name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'a WhatsApp template name: lowercase, digits, _'),
            languageCodes: z.partialRecord(language, z.string()).default({}),
            defaultLanguageCode: z.string().default('en_US'),
            parameters: z.array(z.enum(['order', 'situation', 'eta', 'tracking', 'optout'])).min(1),
            quickReplies: z
              .array(z.enum(['delay:wait', 'delay:updates', 'delay:agent', 'delay:refund']))
              .max(10)
              .default([]),
          }),
        )
        .optional(),
    })
    .default({ apiVersion: 'v23.0' }),
  /**
   * Speaking first about late parcels (core/proactive.ts): when a delay is worth a message, per lane, and how
   * much of a channel's paid or capped sending it may use.
   */
  proactive: z
    .object({
      /** Off: the scan and tracking updates still re-file shipments, but no shopper is messaged unasked. */
      enabled: z.boolean().default(true),
      /** A customs hold is worth a message once it has lasted this many days (most clear within a day). */
      customsHoldDays: z.number().int().min(0).default(2),
      /**
       * Per lane, `"<origin>-<destination>"` as ISO country codes (the last two letters of the shipment's
       * origin and destination, e.g. "Shenzhen, CN" → CN): a slow sea lane can wait longer in silence.
       */
      lanes: z
        .record(
          z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/),
          z.object({
            silentDays: z.number().int().positive().optional(),
            customsHoldDays: z.number().int().min(0).optional(),
          }),
        )
        .default({}),
      /**
       * When this many parcels of one lane are newly delayed on one day, the agents get one summary of that
       * lane (and no more that day) instead of learning it from the shoppers one by one.
       */
      laneSummaryAt: z.number().int().positive().default(10),
      /**
       * A lane that is busy every day has some delayed parcels every day: its summary waits until today's
       * count is also this many times its usual day (the mean of the 14 days before), so the agents hear
       * about the day that is different, not every day.
       */
      laneSummaryFactor: z.number().min(1).default(3),
      /**
       * LINE push messages proactive outreach may use per calendar month (the LINE plan's quota; the free
       * plan allows 200). Absent = no cap. Replies to a shopper's own message are free and never counted.
       */
      linePushMonthlyQuota: z.number().int().min(0).optional(),
      /**
       * Also tells customers who never wrote to the shop, on WhatsApp at their order's phone number, with the
       * approved utility template (WhatsApp's Business Policy requires the shopper's opt-in). `false`
       * (default): never. `"opted-in"`: only customers whose order says they agreed (the import's
       * `whatsapp_opt_in` column is yes). `true`: every customer whose order does not say no — the
       * merchant's statement that checkout collects that consent from everyone.
       */
      whatsappFirstContact: z.union([z.boolean(), z.literal('opted-in')]).default(false),
    })
    .default({
      enabled: true,
      customsHoldDays: 2,
      lanes: {},
      laneSummaryAt: 10,
      laneSummaryFactor: 3,
      whatsappFirstContact: false,
    }),
  /** The human team: when it works, how fast it usually answers, when silence hands a shopper back to the bot. */
  agents: z
    .object({
      /** Opening hours in `timezone`; absent = a team that answers around the clock. */
      businessHours: z
        .object({
          /** ISO weekdays the team works: 1 = Monday … 7 = Sunday. */
          days: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
          open: z
            .string()
            .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
            .default('09:00'),
          close: z
            .string()
            .regex(/^([01]\d|2[0-4]):[0-5]\d$/)
            .default('18:00'),
        })
        .refine((hours) => hours.open < hours.close, { message: 'open must be before close' })
        .optional(),
      /** Told to a waiting shopper during business hours: "usually replies within N minutes". */
      replyMinutes: z.number().int().positive().default(15),
      /** Open-hours minutes of agent silence after which the bot takes the conversation back; 0 = never. */
      autoReleaseMinutes: z.number().int().min(0).default(60),
      /** Words agents' translations keep as written (brand and product names), besides order numbers and links. */
      glossary: z.array(z.string().min(1)).default([]),
    })
    .default({ replyMinutes: 15, autoReleaseMinutes: 60, glossary: [] }),
  /**
   * How long what we store about shoppers is kept, in days (docs/security.md "Data protection"). Each write
   * sets the item's DynamoDB TTL from these; readers treat an expired item as gone (deletion is lazy), and
   * the media bucket's lifecycle rule expires objects after `mediaDays`.
   */
  retention: z
    .object({
      /** Message log (the transcript agents read): from when each line was written. */
      messagesDays: z.number().int().positive().default(DEFAULT_RETENTION.messagesDays),
      /** Conversation state (and the customer ↔ chat links): from its last update. */
      conversationDays: z.number().int().positive().default(DEFAULT_RETENTION.conversationDays),
      /** Returns, damage claims and delay cases: from their last update. */
      casesDays: z.number().int().positive().default(DEFAULT_RETENTION.casesDays),
      /** Shoppers' photos, voice notes and files (S3 lifecycle / local media dir). */
      mediaDays: z.number().int().positive().default(DEFAULT_RETENTION.mediaDays),
      /** WhatsApp delivery statuses (sent / delivered / read). */
      statusesDays: z.number().int().positive().default(DEFAULT_RETENTION.statusesDays),
    })
    .default({ ...DEFAULT_RETENTION }),
  /**
   * What the insights report prices a conversation with (docs/insights.md "Cost"), in USD: your LLM's token
   * price, your WhatsApp markets' template price, what the AI agent you compare with charges. Every rate
   * left out keeps the example default (functions/insights/report-parts.ts DEFAULT_COST_RATES).
   */
  insightsCosts: z
    .object({
      llmPerMTokens: z.number().nonnegative().optional(),
      translatePerMChars: z.number().nonnegative().optional(),
      /** Per reply message, by channel (WhatsApp service replies and LINE reply-token replies are free). */
      replyPerMessage: z.partialRecord(z.enum(CHANNELS), z.number().nonnegative()).optional(),
      /** Per message the bot sends first, by channel (a WhatsApp template, a LINE push past the free quota). */
      proactivePerMessage: z.partialRecord(z.enum(CHANNELS), z.number().nonnegative()).optional(),
      infraPerTurn: z.number().nonnegative().optional(),
      aiAgentPerResolution: z.number().nonnegative().optional(),
    })
    .strict()
    .default({}),
  /** Optional: a video-call room link prefix offered when a human takes over. */
  videoCallBaseUrl: z.url().optional(),
  /** Shop-wide answers (shipping, duties, exchanges, refunds, payment), each a text or `{ text, translations }`. */
  faq: z.partialRecord(z.enum(FAQ_TOPICS), faqEntry).default({}),
  /** The language the FAQ texts are written in. @default defaultLanguage */
  faqLanguage: language.optional(),
  /** Overrides of the bot's own messages per language, checked against the English catalog's keys and placeholders. */
  messages: messageOverrides.default({}),
});

// The one default that depends on another field: the FAQ is assumed written in the shop's default language.
export const merchantConfigSchema = merchantConfigObject.transform((config) => ({
  ...config,
  faqLanguage: config.faqLanguage ?? config.defaultLanguage,
}));

export type MerchantConfig = z.infer<typeof merchantConfigSchema>;
export type MerchantConfigInput = z.input<typeof merchantConfigSchema>;

export class MerchantConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MerchantConfigError';
  }
}

/**
 * Validates merchant settings, filling defaults.
 * @example
 * const config = parseMerchantConfig(JSON.parse(readFileSync('crossdesk.config.json', 'utf8')));
 */
export function parseMerchantConfig(input: unknown): MerchantConfig {
  const result = merchantConfigSchema.safeParse(input);
  if (!result.success) {
    throw new MerchantConfigError(`Invalid merchant config: ${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/**
 * The merchant config the stack (or the local stack) passed as MERCHANT_CONFIG JSON, or defaults around a
 * demo brand name when unset.
 * @example
 * const merchant = merchantConfigFromEnv(readEnv());
 */
export function merchantConfigFromEnv(env: { MERCHANT_CONFIG?: string | undefined }): MerchantConfig {
  if (!env.MERCHANT_CONFIG) return parseMerchantConfig({ brandName: 'Crossdesk Demo' });
  let json: unknown;
  try {
    json = JSON.parse(env.MERCHANT_CONFIG);
  } catch (error) {
    throw new MerchantConfigError('MERCHANT_CONFIG is not valid JSON', { cause: error });
  }
  return parseMerchantConfig(json);
}
