// The shape of one language's after-sales lexicon. Every cue is a regular-expression source written the way
// shoppers type it; `foldPattern` folds it like the message (lower case, no Latin accents, Simplified Han,
// unified Arabic letters), so write accents and Traditional characters freely, they match either way.

/** Canonical after-sales defects, shared by every language. Re-exported by `../extract`. */
export const DEFECT_CATEGORIES = [
  'colour_fading',
  'broken_damaged',
  'wrong_size',
  'wrong_item',
  'smell',
  'stitching',
  'late',
  'missing_parts',
  'poor_quality',
  'not_as_described',
] as const;
export type DefectCategory = (typeof DEFECT_CATEGORIES)[number];

/**
 * How words are told apart:
 * - `spaced`: Latin-script languages; cues match whole words (`\w*` to extend a stem).
 * - `agglutinative`: Korean and Arabic; particles and clitics stick to the word, so cues match inside words.
 * - `unspaced`: Chinese, Japanese, Thai; no spaces between words, cues match as substrings.
 */
export type Script = 'spaced' | 'agglutinative' | 'unspaced';

export interface LanguageLexicon {
  script: Script;
  /** How far back a negator reaches: words where words are spaced, characters otherwise. */
  negationReach?: number;
  /** Cues per defect. A cue may carry its own negation ("doesn't fit", "没收到"): then it is the defect. */
  defects: Record<DefectCategory, readonly string[]>;
  /**
   * Words that veto a category in their clause: "haven't received the tracking number" is not a late
   * parcel, "still no reply" is not a missing part.
   */
  unless?: Partial<Record<DefectCategory, readonly string[]>>;
  /** Words that negate a cue shortly after them in the same clause ("not", "no", "没有", "ไม่"). */
  negators: readonly string[];
  /** Endings that negate the cue just before them (ja "ていない", ko "지 않"). Anchored right after the cue. */
  postNegators?: readonly string[];
  /** "if", "what if", "will it…": a cue in such a clause is a worry, not a report. */
  hypothetical: readonly string[];
  /** "but": splits clauses; what follows weighs more in the sentiment. */
  contrast: readonly string[];
  /** "very", "so", "muy", "很", "超": strengthens the next polar word. */
  intensifiers: readonly string[];
  /** Polar words and phrases. Strong ones count double (anger, insults, love). */
  positive: readonly string[];
  strongPositive: readonly string[];
  negative: readonly string[];
  strongNegative: readonly string[];
  /** Thanks and greetings: positive alone, nearly neutral inside a question or request. */
  polite: readonly string[];
  /** Question words and particles besides "?" ("吗", "ไหม", "か"). */
  question: readonly string[];
  /**
   * "why", "how come": a defect asked about with a single "?" is a worry ("will it fade?") unless the
   * question is one of these complaints ("why is it torn?").
   */
  why?: readonly string[];
  /** Greetings ("buenas tardes", "สวัสดี", "dzień dobry"): neutral, hidden from the polar words. */
  greetings?: readonly string[];
}
