// The 19 lexicons, and their compiled forms built on first use: a language's regexes are compiled the
// first time a message in that language (or naming it) needs them.
import type { Language } from '../../core/types';
import { AllLanguages } from './all-languages';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fil } from './fil';
import { fr } from './fr';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { type CompiledLexicon, compileLexicon } from './lexicon';
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt-br';
import { th } from './th';
import { tr } from './tr';
import type { CueLexicon } from './types';
import { vi } from './vi';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

/** Every language's lexicon: a language missing here is a compile error. */
export const cueLexicons: Record<Language, CueLexicon> = {
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

const compiled = new Map<Language, CompiledLexicon>();

/** A language's lexicon compiled for matching (on first use). */
export function compiledFor(language: Language): CompiledLexicon {
  let c = compiled.get(language);
  if (!c) {
    c = compileLexicon(cueLexicons[language]);
    compiled.set(language, c);
  }
  return c;
}

/** The languages compiled so far (a cold start compiles the message's language and English only). */
export const compiledLanguages = (): Language[] => [...compiled.keys()];

/** The guessed language, then English: the lingua franca of chat ("ok", "the second one", "stop"). */
export const withEnglish = (language: Language): Language[] =>
  language === 'en' ? ['en'] : [language, 'en'];

export const any = new AllLanguages(cueLexicons);
