// Offline after-sales insights for one shopper message: a sentiment in [−1, 1] and the defects it reports,
// normalized to canonical categories across the 19 languages, so that "สีตก" in Thai, "desbotou" in
// Portuguese and "掉色" in Chinese all count as `colour_fading` of the same product.
//
// Lexicons are plain data (functions/insights/lexicon/<lang>.ts), compiled to regular expressions once per
// language on first use. Matching runs on the normalized, folded text (stretched letters shortened, lower
// case, no Latin accents, Simplified Han, unified Arabic letters); Vietnamese typed with its diacritics is
// read as written ("hỏi" is not "hôi"). A cue is dropped when a negator precedes it in the same clause and
// before any "and" ("not damaged", "no está roto", "没有坏", "ไม่ขาด") or a negating ending follows it
// (ja "破れていない", ko "찢어지지 않았어요"), when its clause is hypothetical or a worry ("what if it doesn't
// fit?", "was scared it'd break"), a pre-sale question ("luntur gak kak?"), or praises the aspect ("the
// stitching is neat"). Where cues overlap, the longer one wins ("the seam split" is stitching).
import type { Language } from '../core/types';
import { compiledLexicon, findCues } from './lexicon/compile';
import { DEFECT_CATEGORIES, type DefectCategory } from './lexicon/types';
import { scoreSentiment } from './sentiment';

export { DEFECT_CATEGORIES, type DefectCategory };

export interface MessageInsight {
  /** −1 (angry complaint) … 0 (neutral question) … 1 (praise, thanks). */
  sentiment: number;
  /** Canonical defects the message reports, in `DEFECT_CATEGORIES` order, each once. */
  defects: DefectCategory[];
  /** The matched keywords as the shopper wrote them, for examples in reports. */
  keywords: string[];
}

/** The sign class of a sentiment score, with a small dead zone around zero. */
export function sentimentLabel(score: number): 'neg' | 'neu' | 'pos' {
  if (score <= -NEUTRAL_BAND) return 'neg';
  if (score >= NEUTRAL_BAND) return 'pos';
  return 'neu';
}

/** Scores below this in absolute value count as neutral. */
export const NEUTRAL_BAND = 0.15;

/**
 * Reads the sentiment and defects of one shopper message.
 * @example
 * extractInsights('a cor desbotou na primeira lavagem 😡', 'pt-BR').defects; // ['colour_fading']
 * extractInsights('arrived fine, not damaged at all', 'en').defects; // []
 */
export function extractInsights(text: string, language: Language): MessageInsight {
  const lexicon = compiledLexicon(language);
  const cues = findCues(text, lexicon);
  const found = new Set<DefectCategory>();
  const keywords: string[] = [];
  for (const cue of cues.defects) {
    found.add(cue.category);
    if (!keywords.includes(cue.keyword)) keywords.push(cue.keyword);
  }
  const defects = DEFECT_CATEGORIES.filter((category) => found.has(category));
  return { sentiment: scoreSentiment(cues, defects), defects, keywords };
}
