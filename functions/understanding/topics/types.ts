import type { FaqTopic, OrderFacet } from '../../core/types';

/**
 * One language's topic cues, as regular-expression sources. Write them the way shoppers type: accents,
 * Traditional characters and Arabic letter variants are folded at compile time exactly as the message is
 * (see `foldPattern`), so "cuándo llega" also matches "cuando llega" and "退貨" matches "退货". The message
 * is lower-cased, its apostrophes unified to "'" and its whitespace collapsed to single spaces.
 */
/** The writing system a lexicon's cues are in: a message is only looked up in lexicons of scripts it uses. */
export type TopicScript = 'latin' | 'thai' | 'han' | 'hangul' | 'arabic';

export interface TopicLexicon {
  script: TopicScript;
  /**
   * Cues must begin at a word start ("eta" must not match inside "zeta"). On for space-separated Latin
   * scripts; off for Thai, Japanese and Chinese (no spaces) and for Korean and Arabic, whose particles and
   * articles attach to the word.
   */
  wordStart: boolean;
  facets: Record<OrderFacet, readonly string[]>;
  faq: Record<FaqTopic, readonly string[]>;
}
