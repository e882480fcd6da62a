// Every language's patterns of one kind, matched as the whole message (the fallback when the language
// guess may be wrong). One regex of all of them took ~20 ms to run the first time (V8 compiles a regex
// when it first runs it) and stayed slow until it tiered up; so patterns are filed by the characters
// they can start with, and a message is tried only against the patterns its first character allows,
// each file compiled the first time a message needs it.
import { compilePatterns, exactMessage, foldMessage, isExact, type Mode, modes } from './compile';
import type { Pattern } from './types';

/** The characters a pattern can start with, or undefined when that takes more than a glance to tell. */
export function firstChars(source: string): Set<string> | undefined {
  const out = new Set<string>();
  return starts(source, 0, out) === 'done' ? out : undefined;
}

type Scan = 'done' | 'empty' | 'any';

/** Reads alternatives from `i` to the end of the group; adds their first characters to `out`. */
function starts(source: string, i: number, out: Set<string>): Scan {
  let result: Scan = 'done';
  for (const alt of splitTop(source.slice(i))) {
    const r = startsOfSequence(alt, out);
    if (r === 'any') return 'any';
    if (r === 'empty') result = 'empty';
  }
  return result;
}

/** One alternative: skip anchors and lookarounds, read its first atom (and past it if that is optional). */
function startsOfSequence(seq: string, out: Set<string>): Scan {
  let i = 0;
  while (i < seq.length) {
    const ch = seq[i]!;
    if (ch === '^') {
      i++;
      continue;
    }
    if (ch === '(') {
      const close = matching(seq, i);
      if (close < 0) return 'any';
      const head = seq.slice(i + 1, i + 4);
      const after = seq[close + 1];
      const optional = after === '?' || after === '*';
      const next = close + 1 + (optional || after === '+' ? 1 : 0);
      if (/^\?<?[=!]/.test(head)) {
        i = close + 1; // a lookaround is zero-width
        continue;
      }
      const inner = seq.slice(i + (head.startsWith('?:') ? 3 : 1), close);
      const r = starts(inner, 0, out);
      if (r === 'any') return 'any';
      if (r === 'done' && !optional) return 'done';
      i = next;
      continue;
    }
    if (ch === '[' || ch === '.' || ch === '\\' || ch === '$') return 'any';
    const quantifier = seq[i + 1];
    out.add(ch);
    if (quantifier === '?' || quantifier === '*') {
      i += 2;
      continue;
    }
    return 'done';
  }
  return 'empty';
}

/** The top-level alternatives of a source. */
function splitTop(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(source.slice(last));
  return parts;
}

/** The index of the parenthesis closing the one at `open`, or -1. */
function matching(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A first character that is a literal and not optional ("stop", not "s?top", "(?:a|b)" or "\\d"). */
const PLAIN_START = /^[^\\()[\].|?*+{^$](?![?*{])/u;

const folded: Record<Mode, Map<string, string>> = { fold: new Map(), exact: new Map() };

/** A character as messages are folded (cached: patterns share their first letters). */
function foldChar(ch: string, mode: Mode): string {
  let out = folded[mode].get(ch);
  if (out === undefined) {
    out = (mode === 'exact' ? exactMessage(ch) : foldMessage(ch))[0] ?? ch;
    folded[mode].set(ch, out);
  }
  return out;
}

interface Files {
  byChar: Map<string, Pattern[]>;
  anywhere: Pattern[];
  compiled: Map<string, RegExp | null>;
}

/** Patterns of one kind from every language, each matched as the entire message. */
export class WholeTable {
  private readonly files: Record<Mode, Files>;

  constructor(sources: readonly Pattern[]) {
    this.files = modes((mode) => {
      const byChar = new Map<string, Pattern[]>();
      const anywhere: Pattern[] = [];
      for (const source of sources) {
        if (isExact(source) !== (mode === 'exact')) continue;
        // Read on the pattern as written and fold just the characters found: folding every source
        // up front cost more than the files save. Most start with a plain letter: no parsing then.
        const raw = source.replace(/^[~^]+/, '');
        const chars = PLAIN_START.test(raw) ? new Set([raw[0]!]) : firstChars(raw);
        if (!chars || chars.size === 0) {
          anywhere.push(source);
          continue;
        }
        for (const first of chars) {
          const ch = foldChar(first, mode);
          const file = byChar.get(ch);
          if (file) file.push(source);
          else byChar.set(ch, [source]);
        }
      }
      return { byChar, anywhere, compiled: new Map() };
    });
  }

  /** Whether a form of the message (see MessageViews.forms) is entirely one of the patterns. */
  test(forms: Record<Mode, readonly string[]>): boolean {
    for (const mode of ['fold', 'exact'] as const) {
      const files = this.files[mode];
      for (const form of forms[mode]) {
        const first = form[0];
        if (first === undefined) continue;
        const own = this.regex(files, first, mode, files.byChar.get(first));
        const rest = this.regex(files, '', mode, files.anywhere);
        if (own?.test(form) || rest?.test(form)) return true;
      }
    }
    return false;
  }

  private regex(files: Files, key: string, mode: Mode, sources: Pattern[] | undefined): RegExp | undefined {
    if (!sources || sources.length === 0) return undefined;
    let re = files.compiled.get(key);
    if (re === undefined) {
      re = compilePatterns(sources, mode, { whole: true }) ?? null;
      files.compiled.set(key, re);
    }
    return re ?? undefined;
  }
}
