// Build-time only: trains the intent model from our utterances. The worker never imports this file.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Language } from '../core/types';
import { FEATURE_VERSION } from './features';
import { createNlp, featureString, type IntentModelFile, MODEL_LOCALE } from './intent-model';
import type { TrainingSet } from './training/types';

/** sha256 over the training data and the feature version: what makes a committed model stale. */
export function trainingHash(training: Partial<Record<Language, TrainingSet>>): string {
  const languages = Object.keys(training).sort() as Language[];
  const canonical = languages.map((language) => [language, training[language]]);
  return createHash('sha256').update(JSON.stringify({ FEATURE_VERSION, canonical })).digest('hex');
}

/**
 * Trains one multilingual model over every language's utterances.
 * @example
 * const model = await trainIntentModel(TRAINING);
 * writeFileSync('intent-model.json', JSON.stringify(model));
 */
export async function trainIntentModel(
  training: Partial<Record<Language, TrainingSet>>,
): Promise<IntentModelFile> {
  const nlp = createNlp();
  let utterances = 0;
  for (const set of Object.values(training)) {
    if (!set) continue;
    for (const [intent, texts] of Object.entries(set)) {
      for (const text of texts) {
        const features = featureString(text);
        if (!features) continue;
        nlp.addDocument(MODEL_LOCALE, features, intent);
        utterances += 1;
      }
    }
  }
  await nlp.train();
  const exported = compactExport(nlp.export(true));
  const nlpGzipBase64 = gzipSync(exported, { level: 9 }).toString('base64');
  return { trainingHash: trainingHash(training), utterances, nlpGzipBase64 };
}

/**
 * Drops what nlp.js keeps only for retraining (the sentences and their stems) and rounds weights:
 * the worker bundle carries this file, and cold start parses it.
 */
function compactExport(exported: string): string {
  const model = JSON.parse(exported) as {
    nluManager: { extraSentences?: unknown; domainManagers: Record<string, Record<string, unknown>> };
  };
  model.nluManager.extraSentences = [];
  for (const manager of Object.values(model.nluManager.domainManagers)) {
    manager.sentences = [];
    manager.stemDict = {};
  }
  return JSON.stringify(model, (_key, value) =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e4) / 1e4 : value,
  );
}
