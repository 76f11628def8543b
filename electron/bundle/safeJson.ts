import { refuse } from './failure';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse for text from outside. Before parsing, one pass over the text measures nesting and
 * string lengths, so that a deep value (which would make every later save fail in JSON.stringify) or
 * a huge string is refused without building it; the reviver then refuses keys that could reach an
 * object's prototype once the value is copied or merged.
 */
export function parseSafeJson(text: string, entry: string, limits: { maxDepth: number; maxStringLength: number }): unknown {
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        inString = false;
        if (i - stringStart > limits.maxStringLength) refuse('unsafe-json', { entry, reason: 'string-too-long', limit: limits.maxStringLength });
      }
    } else if (c === 0x22) {
      inString = true;
      stringStart = i;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth) refuse('unsafe-json', { entry, reason: 'too-deep', limit: limits.maxDepth });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  if (inString && text.length - stringStart > limits.maxStringLength) refuse('unsafe-json', { entry, reason: 'string-too-long', limit: limits.maxStringLength });
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKey) refuse('unsafe-json', { entry, reason: 'forbidden-key', key: e.key });
    return refuse('bad-json', { entry });
  }
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}
