// Lexicon sentiment for one shopper message, in [−1, 1]: polar words (negated, intensified, weighted more
// after "but"), emoji, reported defects, and anger marks ("!!!", ALL CAPS). Thanks count as praise on their
// own and nearly nothing inside a question ("where is my order? thanks"), so neutral questions stay near 0.
// A complaint that the message says was fixed ("the first was broken but the replacement is perfect,
// thanks") is resolved: its defects weigh little and the praise and thanks count in full.
import type { Cues } from './lexicon/compile';
import type { DefectCategory } from './lexicon/types';

const POSITIVE_EMOJI = /[😀😃😄😁😆😊🙂😍🥰😘😻💕💖💗💓💞❤♥💯👍👌👏🙌🎉✨🌟⭐🤩😎🤗🥳💪😇☺🫶💝😋😙🔥💐]/gu;
const NEGATIVE_EMOJI = /[😡😠🤬😤😢😭😞😔😟😕🙁☹😣😖😫😩😒🙄👎💔🤮🤢😱😨😰🥺😑😐🤡💩😪😓😥😿👿🤦😬]/gu;
const LAUGH =
  /(?:^|\s)(?:ha){2,}|(?:^|\s)(?:ja){2,}|(?:^|\s)(?:kk){2,}|(?:^|\s)(?:wk){2,}|555+|www+|ㅋㅋ+|ㅎㅎ+|哈哈+|笑+$/u;
// Kaomoji: "(T_T)", "(；ω；)", "(´・ω・`)", "orz", "(泣)" are sad; "(^^)", "(*^^*)", "(^▽^)", "♪", "(笑)" glad.
const CRYING =
  /ㅠㅠ|ㅜㅜ|T_T|;_;|:\(|:\/|>:\(|[(（][^()（）]{0,3}[TＴ;；][_ωд\-ー.。 ]?[TＴ;；][^()（）]{0,3}[)）]|・ω・|(?<![a-z])orz(?![a-z])|[(（][泣涙怒][)）]/u;
const SMILEY = /(?:^|[\s(（*＊])(?::\)|:D|\^\^|\^_\^|[\^＾][▽ωo_ー]?[\^＾]|=\)|<3)|[♪♡]|[(（]笑[)）]/u;

/** Each defect reported: most are plainly complaints; lateness a little less. */
const DEFECT_WEIGHT: Partial<Record<DefectCategory, number>> = { late: 1.2 };
const DEFAULT_DEFECT_WEIGHT = 1.6;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

/** Squashes a raw score to (−1, 1). */
function squash(score: number): number {
  return Math.tanh(score / 2);
}

/**
 * A complaint is resolved when a word saying it was fixed ("the replacement", "补发的", "yang pengganti")
 * follows every defect cue and what follows it is praise or thanks, not more complaint.
 */
function isResolved(cues: Cues, defects: readonly DefectCategory[]): boolean {
  if (defects.length === 0 || cues.resolution < 0) return false;
  if (cues.defects.some((d) => d.start >= cues.resolutionAt)) return false;
  let after = 0;
  for (const cue of cues.polar) if (cue.clause >= cues.resolution) after += cue.weight;
  return after > 0 || (after === 0 && cues.polite > 0);
}

/**
 * Scores the sentiment of a message from its cues and the defects found in it.
 * @example
 * scoreSentiment(findCues('thank you so much!', compiledLexicon('en')), []); // ≈ 0.6
 */
export function scoreSentiment(cues: Cues, defects: readonly DefectCategory[]): number {
  const resolved = isResolved(cues, defects);
  let score = 0;
  for (const cue of cues.polar) {
    let factor = cues.afterContrast < 0 ? 1 : cue.clause >= cues.afterContrast ? 1.5 : 0.5;
    if (resolved && cue.clause < cues.resolution) factor *= 0.5;
    score += cue.weight * factor;
  }
  const raw = cues.raw;
  const positiveEmoji = Math.min(count(POSITIVE_EMOJI, raw), 3);
  const negativeEmoji = Math.min(count(NEGATIVE_EMOJI, raw), 3);
  score += positiveEmoji * 0.9 - negativeEmoji * 1.1;
  if (LAUGH.test(raw) || SMILEY.test(raw)) score += 0.6;
  if (CRYING.test(raw)) score -= 1;

  // Thanks: praise alone, a courtesy in a question or next to a complaint.
  if (cues.polite > 0) {
    const courtesy = cues.question || (!resolved && (defects.length > 0 || score < 0));
    score += courtesy ? 0.15 : 1.2;
  }

  let defectScore = 0;
  for (const d of defects) defectScore += DEFECT_WEIGHT[d] ?? DEFAULT_DEFECT_WEIGHT;
  score -= Math.min(defectScore, 3) * (resolved ? 0.2 : 1);

  // Anger marks amplify what is there; shouting in capitals with nothing nice said is anger.
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length >= 8 && /\p{Lu}{5}/u.test(raw) && letters === letters.toUpperCase();
  if (/[!！]{2,}|[?？]{3,}/.test(raw)) score *= 1.3;
  if (shouting) score = score > 0 ? score * 1.3 : score - 1;

  if (cues.notice) score *= 0.2;

  const s = squash(score);
  return Math.max(-1, Math.min(1, Math.round(s * 1000) / 1000));
}
