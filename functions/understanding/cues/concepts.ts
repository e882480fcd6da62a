// Concept co-occurrence: where in a message each concept of CueConcepts is mentioned, and whether two of
// them meet. A lexicon's concepts compile on first use, one regex per concept and mode.
import { compilePatterns, type Mode } from './compile';
import type { CueConcepts } from './types';

export type ConceptKind = keyof CueConcepts;

export interface Span {
  start: number;
  end: number;
}

/** How far apart two concepts may be and still make one request ("stop, the messages are too many"). */
export const NEAR = 40;

/** One lexicon's concepts, each compiled (global, both modes) the first time a message needs it. */
export class CompiledConcepts {
  private readonly regexes = new Map<ConceptKind, Partial<Record<Mode, RegExp>>>();

  constructor(private readonly concepts: CueConcepts) {}

  regex(kind: ConceptKind): Partial<Record<Mode, RegExp>> {
    let re = this.regexes.get(kind);
    if (!re) {
      const sources = this.concepts[kind] ?? [];
      const fold = compilePatterns(sources, 'fold', { flags: 'g' });
      const exact = compilePatterns(sources, 'exact', { flags: 'g' });
      re = { ...(fold ? { fold } : {}), ...(exact ? { exact } : {}) };
      this.regexes.set(kind, re);
    }
    return re;
  }
}

/**
 * The concepts of one message, read with several lexicons at once (the guessed language's and
 * English's): a concept is where any of them finds it.
 */
export class ConceptReader {
  private readonly found = new Map<ConceptKind, Span[]>();

  constructor(
    private readonly text: Record<Mode, string>,
    private readonly lexicons: readonly CompiledConcepts[],
  ) {}

  spans(kind: ConceptKind): Span[] {
    let spans = this.found.get(kind);
    if (!spans) {
      spans = [];
      for (const lexicon of this.lexicons) {
        const re = lexicon.regex(kind);
        for (const mode of ['fold', 'exact'] as const) {
          const r = re[mode];
          if (!r) continue;
          for (const m of this.text[mode].matchAll(r)) {
            if (m[0]) spans.push({ start: m.index, end: m.index + m[0].length });
          }
        }
      }
      this.found.set(kind, spans);
    }
    return spans;
  }

  has(kind: ConceptKind): boolean {
    const known = this.found.get(kind);
    if (known) return known.length > 0;
    // A test is cheaper than collecting every span, and most messages mention no concept at all.
    for (const lexicon of this.lexicons) {
      const re = lexicon.regex(kind);
      for (const mode of ['fold', 'exact'] as const) {
        const r = re[mode];
        if (!r) continue;
        r.lastIndex = 0;
        const hit = r.test(this.text[mode]);
        // matchAll starts where the last test left a global regex.
        r.lastIndex = 0;
        if (hit) return true;
      }
    }
    this.found.set(kind, []);
    return false;
  }

  /** Whether the two concepts are mentioned within `gap` characters of each other (or overlap). */
  near(a: ConceptKind | readonly Span[], b: ConceptKind, gap = NEAR): boolean {
    const left = typeof a === 'string' ? this.spans(a) : a;
    if (left.length === 0) return false;
    return this.spans(b).some((y) => left.some((x) => distance(x, y) <= gap));
  }

  /** The spans of `kind` that no span of `veto` overlaps ("my data" inside "my data plan"). */
  without(kind: ConceptKind, veto: ConceptKind): Span[] {
    const vetoes = this.spans(veto);
    return this.spans(kind).filter((s) => !vetoes.some((v) => v.start < s.end && s.start < v.end));
  }
}

export const distance = (x: Span, y: Span): number =>
  Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end));
