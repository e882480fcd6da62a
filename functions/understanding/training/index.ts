// Every language's training utterances, written for this project. Never add lines from the eval set.
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
import { ptBR } from './pt-br';
import { th } from './th';
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

export const TRAINING: Record<Language, TrainingSet> = BASE;
