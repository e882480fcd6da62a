// The merchant's settings: one typed, validated object. The CDK stack reads it from `crossdesk.config.json`
// and hands it to every function as MERCHANT_CONFIG; `npm start` reads the same file.
import * as z from 'zod';
import { LANGUAGES } from './types';

const language = z.enum(LANGUAGES);

export const merchantConfigSchema = z.object({
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
    })
    .default({ intentConfidence: 0.6, llmConfidence: 0.5 }),
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
    })
    .default({ apiVersion: 'v23.0' }),
  /** Optional: a video-call room link prefix offered when a human takes over. */
  videoCallBaseUrl: z.url().optional(),
});

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
