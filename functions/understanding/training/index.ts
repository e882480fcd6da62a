// Every language's training utterances, written for this project. Never add lines from the eval set.
import { INTENTS, type Intent, type Language } from '../../core/types';
import { ar } from './ar';
import { AVAILABILITY } from './availability';
import { arBoundaries } from './boundaries/ar';
import { deBoundaries } from './boundaries/de';
import { enBoundaries } from './boundaries/en';
import { esBoundaries } from './boundaries/es';
import { filBoundaries } from './boundaries/fil';
import { frBoundaries } from './boundaries/fr';
import { idBoundaries } from './boundaries/id';
import { itBoundaries } from './boundaries/it';
import { jaBoundaries } from './boundaries/ja';
import { koBoundaries } from './boundaries/ko';
import { msBoundaries } from './boundaries/ms';
import { nlBoundaries } from './boundaries/nl';
import { plBoundaries } from './boundaries/pl';
import { ptBRBoundaries } from './boundaries/pt-br';
import { thBoundaries } from './boundaries/th';
import { trBoundaries } from './boundaries/tr';
import { viBoundaries } from './boundaries/vi';
import { zhHansBoundaries } from './boundaries/zh-hans';
import { zhHantBoundaries } from './boundaries/zh-hant';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fil } from './fil';
import { FOLLOW_UPS } from './follow-ups';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { arMore } from './more/ar';
import { deMore } from './more/de';
import { enMore } from './more/en';
import { esMore } from './more/es';
import { filMore } from './more/fil';
import { frMore } from './more/fr';
import { idMore } from './more/id';
import { itMore } from './more/it';
import { jaMore } from './more/ja';
import { koMore } from './more/ko';
import { msMore } from './more/ms';
import { nlMore } from './more/nl';
import { plMore } from './more/pl';
import { ptBRMore } from './more/pt-br';
import { thMore } from './more/th';
import { trMore } from './more/tr';
import { viMore } from './more/vi';
import { zhHansMore } from './more/zh-hans';
import { zhHantMore } from './more/zh-hant';
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt-br';
import { th } from './th';
import { deThird } from './third/de';
import { filThird } from './third/fil';
import { frThird } from './third/fr';
import { itThird } from './third/it';
import { msThird } from './third/ms';
import { nlThird } from './third/nl';
import { plThird } from './third/pl';
import { trThird } from './third/tr';
import { tr } from './tr';
import type { TrainingSet } from './types';
import { vi } from './vi';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

const BASE: Record<Language, TrainingSet> = {
  en,
  es,
  'pt-BR': ptBR,
  id,
  ms,
  th,
  vi,
  ja,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ko,
  ar,
  fr,
  de,
  tr,
  fil,
  it,
  nl,
  pl,
};

// A second, later batch per language (more registers, slang, hard negatives between close intents).
const MORE: Record<Language, TrainingSet> = {
  en: enMore,
  es: esMore,
  'pt-BR': ptBRMore,
  id: idMore,
  ms: msMore,
  th: thMore,
  vi: viMore,
  ja: jaMore,
  'zh-Hans': zhHansMore,
  'zh-Hant': zhHantMore,
  ko: koMore,
  ar: arMore,
  fr: frMore,
  de: deMore,
  tr: trMore,
  fil: filMore,
  it: itMore,
  nl: nlMore,
  pl: plMore,
};

// A third batch for the languages that had the fewest utterances (Taglish, Manglish, European chat registers).
const THIRD: Partial<Record<Language, TrainingSet>> = {
  ms: msThird,
  fr: frThird,
  de: deThird,
  tr: trThird,
  fil: filThird,
  it: itThird,
  nl: nlThird,
  pl: plThird,
};

// A fourth batch on the two hardest boundaries: other (off-topic, the bot itself, spam, emoji noise, injection)
// and unusually phrased track_order (bare refs, courier questions, impersonation to get someone's details),
// with contrastive change_address and human_agent.
const BOUNDARIES: Record<Language, Partial<TrainingSet>> = {
  en: enBoundaries,
  es: esBoundaries,
  'pt-BR': ptBRBoundaries,
  id: idBoundaries,
  ms: msBoundaries,
  th: thBoundaries,
  vi: viBoundaries,
  ja: jaBoundaries,
  'zh-Hans': zhHansBoundaries,
  'zh-Hant': zhHantBoundaries,
  ko: koBoundaries,
  ar: arBoundaries,
  fr: frBoundaries,
  de: deBoundaries,
  tr: trBoundaries,
  fil: filBoundaries,
  it: itBoundaries,
  nl: nlBoundaries,
  pl: plBoundaries,
};

/** Every batch and the follow-up utterances together, without exact repeats. */
function merge(
  batches: readonly (Partial<TrainingSet> | undefined)[],
  followUps: Partial<TrainingSet>,
): TrainingSet {
  const merged = {} as Record<Intent, readonly string[]>;
  for (const intent of INTENTS)
    merged[intent] = [
      ...new Set([...batches.flatMap((batch) => batch?.[intent] ?? []), ...(followUps[intent] ?? [])]),
    ];
  return merged;
}

// The fifth batch, AVAILABILITY (one file for every language), sets availability questions ("有没有黑色",
// "黒ありますか", "검정색 있어요?") against genuine requests for a person that share their verbs.
export const TRAINING: Record<Language, TrainingSet> = Object.fromEntries(
  (Object.keys(BASE) as Language[]).map((language) => [
    language,
    merge(
      [BASE[language], MORE[language], THIRD[language], BOUNDARIES[language], AVAILABILITY[language]],
      FOLLOW_UPS[language],
    ),
  ]),
) as Record<Language, TrainingSet>;
