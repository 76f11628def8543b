import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './scratch';

/**
 * Source without comments, so a setting named in a comment cannot satisfy a check, and with its layout
 * flattened (one space for any run of whitespace, no trailing commas, no padding inside brackets), so a
 * check holds however a formatter wraps the lines.
 */
export function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/\s+/g, ' ')
    .replace(/,\s*([)\]])/g, '$1')
    .replace(/,\s*\}/g, ' }')
    .replace(/([([])\s+/g, '$1')
    .replace(/\s+([)\]])/g, '$1')
    .trim();
}

/** The declaration of function `name` in `source`, up to the brace that closes its body (at depth 0 of parentheses, so not a parameter's type). */
export function functionIn(source: string, name: string): string | undefined {
  const start = source.search(new RegExp(`function ${name}\\(`));
  if (start < 0) return undefined;
  let parens = 0;
  let braces = 0;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (ch === '{') braces++;
    else if (ch === '}' && --braces === 0 && parens === 0) return source.slice(start, i + 1);
  }
  return undefined;
}

export function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].length;
}

/** An entry file of the main process (`main.ts`, `preload.ts`), comments removed. */
export async function entrySource(file: string): Promise<string> {
  return code(await readFile(join(ROOT, 'electron', file), 'utf8'));
}
