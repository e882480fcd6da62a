// The single entry the worker calls: language, intent, entities and signals of one shopper message.
import { informativeLength, languageFromHint } from '../core/language';
import {
  type Intent,
  type Language,
  type Measurements,
  ORDER_INTENTS,
  type Understanding,
} from '../core/types';
import { parseAddress } from './address';
import { readReplyCues, readRequests } from './cues/index';
import { detectLanguage } from './detect-language';
import { extractEntities, type Measurement } from './entities';
import { createIntentClassifier, type IntentClassifier, type IntentModelFile } from './intent-model';
import { detectSignals, INJECTION_START } from './signals';
import { extractSizes } from './sizes';
import { readTopicCues } from './topics/index';

export interface UnderstandInput {
  text: string;
  /** The language pinned on the conversation so far, if any. */
  conversationLanguage?: Language;
  /** Client hint: Telegram `language_code`, LINE profile language (any BCP-47 spelling). */
  languageHint?: string;
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
      if (intent === 'greeting' && informativeLength(readable) >= 12) {
        // "hi where's my order": the greeting wins the whole message; the request is in the rest of it.
        const request = await requestAfterGreeting(classifier, readable, language);
        if (request) ({ intent, confidence, scores } = request);
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
      // A few words ("sí, ándale") say little about their language; the conversation's language says more.
      const cueLanguage =
        conversationLanguage && informativeLength(text) < SHORT_FOR_DETECTION
          ? conversationLanguage
          : language;
      const requests = readRequests(text, cueLanguage);
      const reply = readReplyCues(text, cueLanguage);
      // A confident detection needs no cross-language topic lookup (its tables are large at a cold start).
      const sure = detected.confidence >= 0.8;
      const topic = readTopicCues(text, cueLanguage, { otherLanguages: !sure });
      // Only a message with some shape of its own can be an address; the parser is the judge.
      const address =
        text.length >= 8 ? parseAddress(text, { exclude: entities.orderIds, language }) : undefined;
      if (requests.command && intent !== 'other') confidence = Math.min(confidence, 0.5);
      return {
        language,
        languageConfidence: detected.confidence,
        ...(detected.language ? { detectedLanguage: detected.language } : {}),
        intent,
        confidence,
        scores,
        entities: {
          orderIds: entities.orderIds,
          trackingNumbers: entities.trackingNumbers,
          emails: entities.emails,
          postcodes: entities.postcodes,
          measurements: measurementsOf(entities.measurements),
          sizes: extractSizes(text),
        },
        signals,
        reply,
        requests,
        topic,
        ...(address ? { address } : {}),
        source: 'offline',
      };
    },
  };
}

const ORDER_INTENT_SET: ReadonlySet<Intent> = new Set(ORDER_INTENTS);
/** Below this many informative letters a detection is a guess: cues are read in the conversation's language. */
const SHORT_FOR_DETECTION = 24;

/** The surest non-greeting reading of the message without its first word(s) or first clause, if sure enough. */
async function requestAfterGreeting(classifier: IntentClassifier, text: string, language: Language) {
  const words = text.trim().split(/\s+/u);
  const clauses = text.split(/[,，、.!！?？\n]+/u).filter((c) => c.trim());
  // "hi, where is my order": dropping the first word and the first clause leave the same text; read it once.
  const rests = [
    ...new Set(
      [words.slice(1).join(' '), words.slice(2).join(' '), clauses.slice(1).join(' ')].map((r) => r.trim()),
    ),
  ];
  let best: Awaited<ReturnType<IntentClassifier['classify']>> | undefined;
  for (const rest of rests) {
    if (informativeLength(rest) < 6) continue;
    const result = await classifier.classify(rest, language);
    if (result.intent === 'greeting' || result.confidence < 0.6) continue;
    if (!best || result.confidence > best.confidence) best = result;
  }
  return best;
}

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

/** The extractor's measurements as the size tools take them (cm / kg by body part). */
function measurementsOf(found: Measurement[]): Measurements {
  const measurements: Measurements = {};
  for (const m of found) {
    const key = MEASURE_KEYS[m.kind as keyof typeof MEASURE_KEYS];
    if (key) measurements[key] = m.value;
  }
  return measurements;
}
