// Every language's lexicon, by language tag. Plain data; compile.ts turns one into regular expressions on
// first use.
import type { Language } from '../../core/types';
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
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt-BR';
import { th } from './th';
import { tr } from './tr';
import type { DefectCategory, LanguageLexicon } from './types';
import { vi } from './vi';
import { zhHans, zhHantExtra } from './zh';

function withExtra(
  base: LanguageLexicon,
  extra: Partial<Record<DefectCategory, readonly string[]>>,
): LanguageLexicon {
  const defects = { ...base.defects };
  for (const [category, cues] of Object.entries(extra) as [DefectCategory, readonly string[]][]) {
    defects[category] = [...defects[category], ...cues];
  }
  return { ...base, defects };
}

export const LEXICONS: Record<Language, LanguageLexicon> = {
  en,
  es,
  'pt-BR': ptBR,
  id,
  ms,
  th,
  vi,
  ja,
  'zh-Hans': zhHans,
  'zh-Hant': withExtra(zhHans, zhHantExtra),
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
