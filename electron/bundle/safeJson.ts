import { refuse } from './failure';

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse for text from outside. Before parsing, one pass over the text measures nesting and
 * string lengths, so that a deep value (which would make every later save fail in JSON.stringify) or
 * a huge string is refused without building it; after parsing, a walk refuses keys that could reach
 * an object's prototype once the value is copied or merged. (JSON.parse itself only ever makes such
 * keys own properties.) A reviver would do the same walk, but calling it for every value cost V8
 * three times the parse.
 */
export function parseSafeJson(
  text: string,
  entry: string,
  limits: { maxDepth: number; maxStringLength: number },
): unknown {
  measure(text, entry, limits);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('bad-json', { entry });
  }
  const key = typeof value === 'object' && value !== null ? forbiddenKey(value) : null;
  if (key !== null) refuse('unsafe-json', { entry, reason: 'forbidden-key', key });
  return value;
}

/** Refuses text nested deeper than `maxDepth` or holding a string longer than `maxStringLength` characters as written. */
function measure(text: string, entry: string, limits: { maxDepth: number; maxStringLength: number }): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump from quote to quote natively; a quote is the string's end unless an odd run of
      // backslashes escapes it. Strings are most of the text, so this is most of the pass.
      const start = i;
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) {
          i = text.length;
          break;
        }
        let backslash = i - 1;
        while (text.charCodeAt(backslash) === 0x5c) backslash--;
        if ((i - 1 - backslash) % 2 === 0) break;
      }
      if (i - start - 1 > limits.maxStringLength)
        refuse('unsafe-json', { entry, reason: 'string-too-long', limit: limits.maxStringLength });
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth)
        refuse('unsafe-json', { entry, reason: 'too-deep', limit: limits.maxDepth });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** The first forbidden key anywhere in a parsed value; the depth is bounded by `measure`. */
function forbiddenKey(value: object): string | null {
  // Only objects and arrays are walked into: most values are not, and calls cost more than the test.
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'object' || item === null) continue;
      const key = forbiddenKey(item as object);
      if (key !== null) return key;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const inner: unknown = (value as Record<string, unknown>)[key];
    if (typeof inner !== 'object' || inner === null) continue;
    const found = forbiddenKey(inner);
    if (found !== null) return found;
  }
  return null;
}
