// Picks the translator the environment asks for (TRANSLATOR) and puts the translation cache in front of it.
// The cache namespace names the engine and everything that changes its output (terminology, model,
// glossary), so switching any of them never serves a translation made under the old setup.
import OpenAI from 'openai';
import { ConfigError, type Env } from '../../config';
import type { TranslationCache } from '../../core/ports';
import { createAwsTranslator } from './aws-translate';
import { createCachedTranslator, type MeteredTranslator } from './cached';
import { createLlmTranslator } from './llm';

export type { MeteredTranslator, TranslatorStats } from './cached';
export { TranslateError } from './protect';

export type TranslatorEnv = Pick<
  Env,
  | 'TRANSLATOR'
  | 'AWS_ENDPOINT_URL_TRANSLATE'
  | 'TRANSLATE_TERMINOLOGY'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_MODEL'
>;

export interface TranslatorDeps {
  readonly cache: TranslationCache;
  /** The LLM client, when the caller already has one; otherwise built from OPENAI_API_KEY. */
  readonly openai?: OpenAI;
  /** The merchant glossary (merchant config `agents.glossary`): names kept as written. */
  readonly glossary?: readonly string[];
}

/**
 * The configured translator, cached; undefined when TRANSLATOR=none. Throws ConfigError for TRANSLATOR=llm
 * without OPENAI_API_KEY (and no injected client): failing at cold start beats failing the first agent reply.
 * @example
 * const translator = translatorFromEnv(readEnv(), { cache: stores.translations, glossary: merchant.agents.glossary });
 * const english = await translator?.translate({ text, from: 'th', to: 'en' });
 */
export function translatorFromEnv(env: TranslatorEnv, deps: TranslatorDeps): MeteredTranslator | undefined {
  const glossary = [...(deps.glossary ?? [])].sort();
  switch (env.TRANSLATOR) {
    case 'none':
      return undefined;
    case 'aws': {
      // One name, or several separated by commas.
      const terminologyNames = (env.TRANSLATE_TERMINOLOGY ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name.length > 0);
      const aws = createAwsTranslator({
        ...(env.AWS_ENDPOINT_URL_TRANSLATE ? { endpoint: env.AWS_ENDPOINT_URL_TRANSLATE } : {}),
        terminologyNames,
        glossary,
      });
      return createCachedTranslator(aws, deps.cache, {
        namespace: JSON.stringify(['aws', terminologyNames, glossary]),
      });
    }
    case 'llm': {
      if (!deps.openai && !env.OPENAI_API_KEY)
        throw new ConfigError('TRANSLATOR=llm needs OPENAI_API_KEY (or set TRANSLATOR=aws or none)');
      const client =
        deps.openai ??
        new OpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, maxRetries: 0 });
      const llm = createLlmTranslator({ client, model: env.OPENAI_MODEL, glossary });
      return createCachedTranslator(llm, deps.cache, {
        namespace: JSON.stringify(['llm', env.OPENAI_MODEL, glossary]),
      });
    }
  }
}
