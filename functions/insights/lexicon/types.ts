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
  /**
   * Cues with Latin diacritics match only as written when the message itself uses diacritics (Vietnamese:
   * "hôi" is a smell, "hỏi" is asking; both are "hoi" typed without them). A message written without any
   * diacritics still matches every cue with them folded away. A single cue can ask for this in any
   * language by starting with "=" ("=si" is "if", not "sí").
   */
  accentSensitive?: boolean;
  /** Cues per defect. A cue may carry its own negation ("doesn't fit", "没收到"): then it is the defect. */
  defects: Record<DefectCategory, readonly string[]>;
  /**
   * Words that veto a category in their clause: "haven't received the tracking number" is not a late
   * parcel, "still no reply" is not a missing part.
   */
  unless?: Partial<Record<DefectCategory, readonly string[]>>;
  /** Words that negate a cue shortly after them in the same clause ("not", "no", "没有", "ไม่"). */
  negators: readonly string[];
  /**
   * "and": a negator does not reach past one ("not broken and fits well", "walang amoy at maayos").
   */
  conjunctions?: readonly string[];
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
   * The question words open a clause ("where is my order", "cuándo llega"): elsewhere ("pensé que vendría")
   * they do not make the message a question. Otherwise they count wherever they are (particles).
   */
  questionWordsLead?: boolean;
  /**
   * "why", "how come": a defect asked about with a single "?" is a worry ("will it fade?") unless the
   * question is one of these complaints ("why is it torn?").
   */
  why?: readonly string[];
  /** Greetings ("buenas tardes", "สวัสดี", "dzień dobry"): neutral, hidden from the polar words. */
  greetings?: readonly string[];
  /**
   * Sentence-final question particles ("luntur gak kak", "สีตกไหมคะ", "phai màu không shop", "掉色吗"): a
   * clause ending in one asks about a defect like a clause ending in "?". Anchored at the end of the clause.
   */
  questionTail?: readonly string[];
  /**
   * Words that praise an aspect named by a cue ("the stitching is neat", "jahitannya rapi", "縫製も丁寧"): a
   * cue followed closely in its clause by one (or, with `praiseBefore`, preceded by one: "maayos yung tahi")
   * names the aspect without reporting a defect.
   */
  praise?: readonly string[];
  /**
   * Refund, return and exchange words: a defect followed by one in a question ("the zipper broke can I get a
   * refund?", "坏了可以退吗？") is reported, the question is the request.
   */
  requests?: readonly string[];
  /** Praise also reads before the cue, a few words back (Filipino puts the predicate first). */
  praiseBefore?: boolean;
  /**
   * Words that say an earlier problem has been fixed ("the replacement", "補發", "yang pengganti"): a
   * complaint followed by one of these and by praise is resolved, and scores as praise.
   */
  resolution?: readonly string[];
  /**
   * Words that only let the shop know ("一応ご報告です", "念のため共有します", "just FYI"): a message with
   * one reports without complaining or praising, and its sentiment is muted towards neutral.
   */
  notice?: readonly string[];
  /**
   * Colour names, for `{colour}` in cues ("ordered {colour} … got {colour}" is a wrong item). `{size}` in a
   * cue stands for a size label (S, M, XL, 2XL …) in every language.
   */
  colours?: readonly string[];
  /**
   * Cues that report their category only when no cue of the listed categories is found close to them
   * (within `near` characters, 40 by default): "warnanya lain" next to "beda sama foto" is not a wrong item
   * but an item unlike its photo; Dutch "vies" next to a smell is the smell, not dirt.
   */
  weak?: ReadonlyArray<{
    category: DefectCategory;
    cues: readonly string[];
    yieldTo: readonly DefectCategory[];
    near?: number;
  }>;
}
