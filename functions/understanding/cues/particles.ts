// Peeling politeness particles, terms of address and laughter off a message's edges ("ok kak", "ได้ค่ะ",
// "sim kkkk"), to find the core an answer is matched against.
import { END, isAscii, isExact, type Mode, trimJunk, WORD, wordKey, wordsSource } from './compile';
import type { Word } from './types';

const bare = (entry: string): string => (isExact(entry) ? entry.slice(1) : entry);
const B = END;

/** Laughter and other noise that trails any answer, in any language ("sim kkkk", "ok 555", "네 ㅋㅋ"). */
const NOISE =
  '(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|(?:ja){2,}|(?:je){2,}|k{3,}|x+d+|lol|lmao|5{3,}|w{2,}|ㅋ+|ㅎ+|ㅠ+|ㅜ+|笑';

/** A letter or digit of a spaced script: a particle there would start inside a word. */
const WORD_CHAR = new RegExp(WORD, 'u');
const NOISE_TRAIL = new RegExp(`${B}(?:${NOISE})$`, 'u');
const NOISE_LEAD = new RegExp(`^(?:${NOISE})${B}`, 'u');

/** Finds a particle: at the end of a text (`trail`) or its start (`lead`), as RegExp.exec does. */
export interface ParticleMatcher {
  exec(text: string): { index: number; 0: string } | null;
}

export interface ParticleRegexes {
  trail: ParticleMatcher;
  lead: ParticleMatcher;
}

/**
 * What peels particles off a core's end (a lookup, see particleLookup) and discourse words off its start
 * (a regex, only for the languages that have them).
 */
export function compileParticles(
  particles: readonly Word[],
  leading: readonly Word[],
  mode: Mode,
): ParticleRegexes {
  // Particles apply in both modes: folded for the folded text, as written for the accent-keeping one.
  const asMode = (words: readonly Word[]) =>
    words.map((w) => (mode === 'exact' && !isExact(w) ? `~${w}` : bare(w)));
  const lead = leading.length
    ? new RegExp(`^(?:${[wordsSource(asMode(leading), mode), NOISE].join('|')})${B}`, 'u')
    : NOISE_LEAD;
  return { trail: particleLookup(particles, mode).trail, lead };
}

// Particles are short: looking for one only in a message's tail keeps long messages cheap.
const TAIL = 40;

/** A message without edge punctuation, decoration and particles: what an answer is matched against. */
export function coreOf(text: string, particles: ParticleRegexes): string {
  let out = trimJunk(text);
  for (let i = 0; i < 4; i++) {
    const offset = Math.max(0, out.length - TAIL);
    const m = particles.trail.exec(offset ? out.slice(offset) : out);
    if (!m || m.index + offset === 0 || (offset && m.index === 0)) break;
    out = trimJunk(out.slice(0, m.index + offset));
  }
  for (let i = 0; i < 2; i++) {
    const m = particles.lead.exec(out);
    if (!m || m[0].length >= out.length) break;
    const rest = trimJunk(out.slice(m[0].length));
    if (!rest) break;
    out = rest;
  }
  return out;
}

/**
 * Particles as a lookup by last character rather than a regex: every message needs them, and a regex
 * of all languages' ~500 particles cost milliseconds to compile and run the first time. Finds the
 * longest particle the text ends with (spaces inside one optional, as in wordsSource), or laughter.
 */
export function particleLookup(particles: readonly Word[], mode: Mode): ParticleRegexes {
  // Filed by last character; a file's keys are folded and sorted the first time a text ends in it (a
  // cold start folds only the particles its messages could end with).
  const raw = new Map<string, Word[]>();
  for (const word of particles) {
    if (isExact(word) && mode === 'fold') continue;
    const last = lastKeyChar(bare(word), mode);
    const list = raw.get(last);
    if (list) list.push(word);
    else raw.set(last, [word]);
  }
  const files = new Map<string, string[]>();
  const file = (last: string): string[] => {
    let keys = files.get(last);
    if (!keys) {
      const set = new Set<string>();
      for (const word of raw.get(last) ?? []) {
        const key = wordKey(bare(word), mode);
        set.add(key).add(key.replace(/ /g, ''));
      }
      keys = [...set].filter((k) => k.endsWith(last)).sort((a, b) => b.length - a.length);
      files.set(last, keys);
    }
    return keys;
  };
  return {
    trail: {
      exec(text) {
        // The leftmost match, as the regex would: laughter may be longer than a particle ("hahaha").
        const noise = NOISE_TRAIL.exec(text);
        for (const key of file(text[text.length - 1] ?? '')) {
          if (!text.endsWith(key)) continue;
          const index = text.length - key.length;
          const before = text[index - 1];
          if (before && WORD_CHAR.test(before) && WORD_CHAR.test(key[0]!)) continue;
          return noise && noise.index < index ? noise : { index, 0: key };
        }
        return noise;
      },
    },
    lead: NOISE_LEAD,
  };
}

/** The last character of a word's key, folding no more of it than that character (or its last two). */
function lastKeyChar(word: string, mode: Mode): string {
  const tail = word.slice(-2);
  const key = isAscii(tail) ? tail.toLowerCase() : wordKey(tail, mode);
  return key[key.length - 1] ?? '';
}
