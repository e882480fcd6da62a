// The offline intent model: an nlp.js neural classifier over our own language-agnostic features
// (features.ts). It is trained at build time (scripts/build-model.ts) and shipped as JSON, so a cold start
// is a JSON import, a gunzip and `nlp.import()`.
import { gunzipSync } from 'node:zlib';
import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { INTENTS, type Intent, type Language } from '../core/types';
import { FEATURE_VERSION, featurize } from './features';
import bundledModel from './model/intent-model.json' with { type: 'json' };

/** nlp.js keys everything by locale; one multilingual model lives under this one. */
export const MODEL_LOCALE = 'xx';
export { FEATURE_VERSION };

export interface IntentModelFile {
  /** sha256 of the training data and FEATURE_VERSION; a test fails when it no longer matches. */
  trainingHash: string;
  utterances: number;
  /**
   * nlp.js's own export, gzipped and base64-encoded: the worker bundle carries this file, and the JSON
   * export compresses ~5×, which keeps the bundle small; inflating it at cold start takes a few ms.
   */
  nlpGzipBase64: string;
}

export interface IntentResult {
  intent: Intent;
  /** 0..1: the model's score for the winning intent. */
  confidence: number;
  scores: Partial<Record<Intent, number>>;
}

export interface ClassifyOptions {
  /**
   * Leave order numbers out of the features. The order number is an entity the caller already has; as a
   * feature it votes for `track_order` (most messages naming an order ask where it is), which can drown the
   * action words of "cancel order 48213".
   */
  withoutOrderNumbers?: boolean;
}

export interface IntentClassifier {
  classify(text: string, language?: Language, options?: ClassifyOptions): Promise<IntentResult>;
}

export class IntentModelError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IntentModelError';
  }
}

/** An Nlp instance whose pipeline takes our pre-computed features as space-separated tokens. */
export function createNlp(): Nlp {
  const container = containerBootstrap();
  container.register(`normalizer-${MODEL_LOCALE}`, { normalize: (text: string) => text }, true);
  container.register(
    `tokenizer-${MODEL_LOCALE}`,
    { tokenize: (text: string) => text.split(' ').filter(Boolean) },
    true,
  );
  container.register(`stemmer-${MODEL_LOCALE}`, { stem: (tokens: string[]) => tokens }, true);
  const nlp = new Nlp({
    container,
    languages: [MODEL_LOCALE],
    autoSave: false,
    autoLoad: false,
    calculateSentiment: false,
    nlu: { log: false, useNoneFeature: true },
  });
  return nlp;
}

/** Feature tokens that stand for an order number. */
const ORDER_NUMBER_TOKENS: ReadonlySet<string> = new Set(['NUM5', 'ORDNUM']);

/** The feature string nlp.js sees for a message (also used when training, always with every feature). */
export function featureString(text: string, options: ClassifyOptions = {}): string {
  const features = featurize(text);
  const kept = options.withoutOrderNumbers ? features.filter((f) => !ORDER_NUMBER_TOKENS.has(f)) : features;
  return [...new Set(kept)].join(' ');
}

const isIntent = (value: string): value is Intent => (INTENTS as readonly string[]).includes(value);

/**
 * Loads the committed model (or the given one) and classifies messages in any of our languages.
 * @example
 * const classifier = createIntentClassifier();
 * const { intent, confidence } = await classifier.classify('where is my order #48213', 'en');
 */
export function createIntentClassifier(model: IntentModelFile = bundledModel): IntentClassifier {
  const nlp = createNlp();
  try {
    nlp.import(gunzipSync(Buffer.from(model.nlpGzipBase64, 'base64')).toString('utf8'));
  } catch (cause) {
    throw new IntentModelError('The intent model file cannot be loaded', { cause });
  }
  const run = async (text: string, options?: ClassifyOptions): Promise<IntentResult | undefined> => {
    const features = featureString(text, options);
    if (!features) return undefined;
    const result = await nlp.nluManager.process(MODEL_LOCALE, features);
    const scores: Partial<Record<Intent, number>> = {};
    for (const { intent, score } of result.classifications) {
      if (isIntent(intent) && score > 0) scores[intent] = score;
    }
    const top = result.classifications[0];
    if (!top || !isIntent(top.intent) || top.score <= 0) return undefined;
    return { intent: top.intent, confidence: Math.max(0, Math.min(1, top.score)), scores };
  };
  return {
    async classify(text, _language, options) {
      const whole = await run(text, options);
      if (whole) return whole;
      // Long messages can cancel out to "nothing": read them clause by clause and keep the surest.
      let best: IntentResult | undefined;
      for (const clause of text.split(/[.!?。！？\n,，、;；]+/u)) {
        if (clause.trim().length < 2 || clause === text) continue;
        const result = await run(clause, options);
        if (result && (!best || result.confidence > best.confidence)) best = result;
      }
      return best ?? { intent: 'other', confidence: 0, scores: {} };
    },
  };
}
