// The single entry the worker calls: language, intent, entities and signals of one shopper message.
import { languageFromHint } from '../core/language';
import {
  type Understanding as CoreUnderstanding,
  type Intent,
  type Language,
  ORDER_INTENTS,
} from '../core/types';
import { detectLanguage } from './detect-language';
import { type Entities, extractEntities } from './entities';
import { createIntentClassifier, type IntentClassifier, type IntentModelFile } from './intent-model';
import { detectSignals, INJECTION_START, type Signals } from './signals';
import { extractSizes } from './sizes';

export interface UnderstandInput {
  text: string;
  /** The language pinned on the conversation so far, if any. */
  conversationLanguage?: Language;
  /** Client hint: Telegram `language_code`, LINE profile language (any BCP-47 spelling). */
  languageHint?: string;
}

export interface Understanding {
  /** The language to read and answer this message in. */
  language: Language;
  /** What detection said about this message alone (0 when it could not tell). */
  languageConfidence: number;
  /** What detection said about this message alone, before falling back: feed it to `pinLanguage`. */
  detectedLanguage?: Language;
  intent: Intent;
  confidence: number;
  scores: Partial<Record<Intent, number>>;
  entities: Entities;
  /** Sizes the shopper named ("EU 40", "talla M"), for size conversions. */
  sizes: CoreUnderstanding['entities']['sizes'];
  signals: Signals;
}

export interface UnderstandingService {
  understand(input: UnderstandInput): Promise<Understanding>;
}

/**
 * Builds the offline understanding pipeline (loads the committed intent model once).
 * @example
 * const { understand } = createUnderstanding();
 * const u = await understand({ text: '¿dónde está mi pedido #48213?' });
 * // u.language === 'es', u.intent === 'track_order', u.entities.orderIds[0] === '48213'
 */
export function createUnderstanding(options: { model?: IntentModelFile } = {}): UnderstandingService {
  const classifier: IntentClassifier = createIntentClassifier(options.model);
  return {
    async understand({ text, conversationLanguage, languageHint }) {
      const detected = detectLanguage(text);
      const language = detected.language ?? conversationLanguage ?? languageFromHint(languageHint) ?? 'en';
      const signals = detectSignals(text);
      const entities = extractEntities(text);
      // An injection riding on a real request: classify the request without the payload.
      const readable = signals.injection ? withoutInjection(text) : text;
      let { intent, confidence, scores } = await classifier.classify(readable, language);
      if (entities.orderIds.length > 0 && ORDER_INTENT_SET.has(intent)) {
        // Which thing to do about the order is in the words around its number: read them without it, and
        // keep that reading when it is surer and still about an order ("cancel order 48213", not "hi").
        const unbiased = await classifier.classify(readable, language, { withoutOrderNumbers: true });
        if (ORDER_INTENT_SET.has(unbiased.intent) && unbiased.confidence > confidence) {
          ({ intent, confidence, scores } = unbiased);
        }
      }
      const pretendsNothing = signals.injection && (readable.length < 8 || confidence < 0.6);
      // Attacks that pretend nothing, and noise, are "other" whatever words they borrow.
      if (pretendsNothing || signals.garbled || signals.contentFree) {
        intent = 'other';
        confidence = Math.max(confidence, 0.9);
      } else if (entities.orderIds.length > 0 && isBareReference(text)) {
        // A message that is only an order number asks where that order is.
        intent = 'track_order';
        confidence = Math.max(confidence, 0.9);
      }
      return {
        language,
        languageConfidence: detected.confidence,
        ...(detected.language ? { detectedLanguage: detected.language } : {}),
        intent,
        confidence,
        scores,
        entities,
        sizes: extractSizes(text),
        signals,
      };
    },
  };
}

const ORDER_INTENT_SET: ReadonlySet<Intent> = new Set(ORDER_INTENTS);

/** The text before the first injection marker, with markup removed. */
function withoutInjection(text: string): string {
  const cleaned = text.replace(/<[^>]*>[^<]*<\/[^>]*>|<[^>]+>/g, ' ');
  const marker = INJECTION_START.exec(cleaned);
  return (marker ? cleaned.slice(0, marker.index) : cleaned).slice(0, 600).trim();
}

function isBareReference(text: string): boolean {
  return text.replace(/[\p{P}\p{S}\s\d０-９٠-٩۰-۹]|ord|order|no|nr/giu, '').length <= 2;
}

const MEASURE_KEYS = {
  height: 'heightCm',
  weight: 'weightKg',
  chest: 'chestCm',
  waist: 'waistCm',
  hip: 'hipCm',
  foot: 'footCm',
} as const;

/**
 * This pipeline's result in the core's `Understanding` shape, which is what the turn and the policy read.
 * @example
 * toCoreUnderstanding(await understand({ text: 'I am 172cm' })).entities.measurements; // { heightCm: 172 }
 */
export function toCoreUnderstanding(u: Understanding): CoreUnderstanding {
  const measurements: CoreUnderstanding['entities']['measurements'] = {};
  for (const m of u.entities.measurements) {
    const key = MEASURE_KEYS[m.kind as keyof typeof MEASURE_KEYS];
    if (key) measurements[key] = m.value;
  }
  return {
    language: u.language,
    languageConfidence: u.languageConfidence,
    intent: u.intent,
    confidence: u.confidence,
    entities: {
      orderIds: u.entities.orderIds,
      trackingNumbers: u.entities.trackingNumbers,
      emails: u.entities.emails,
      // The entity extractor masks postcodes rather than reporting them (verification reads them itself).
      postcodes: [],
      measurements,
      sizes: u.sizes,
    },
    signals: u.signals,
    reply: {},
    requests: {},
    topic: {},
    source: 'offline',
  };
}
