// Lenient readers for webhook JSON. Real payloads drop optional fields, add new ones and sometimes send a
// number where the docs say string (WhatsApp timestamps), so parsers read field by field and never trust
// a shape beyond the envelope.
import { WebhookShapeError } from './errors';

export type JsonObject = Record<string, unknown>;

/** Deeper than any platform nests; bounds the recursion of everything that later serialises the body. */
const MAX_DEPTH = 64;

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Strings as they are; finite numbers as decimal text (ids and timestamps come both ways). */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A non-empty string, or undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** ISO time from epoch milliseconds, or `fallback` when the value is missing or out of range. */
export function isoFromMillis(millis: number | undefined, fallback: () => Date): string {
  if (millis !== undefined && millis > 0 && millis < 8.64e15) return new Date(millis).toISOString();
  return fallback().toISOString();
}

/**
 * Parses the raw body as JSON. Rejects (with `WebhookShapeError`) invalid UTF-8-decoded JSON and bodies
 * nested deeper than any platform sends, so later JSON.stringify / structuredClone cannot blow the stack.
 */
export function parseJsonBody(rawBody: Buffer): unknown {
  const text = rawBody.toString('utf8');
  if (nestingDepth(text) > MAX_DEPTH) throw new WebhookShapeError('body is nested too deeply');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WebhookShapeError('body is not JSON', { cause: error });
  }
}

// One pass over the text counting brackets outside strings: O(n), no allocation.
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
