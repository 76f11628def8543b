import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './scratch';

/** Source without comments, so a setting named in a comment cannot satisfy a check. */
export function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

export function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].length;
}

/** An entry file of the main process (`main.ts`, `preload.ts`), comments removed. */
export async function entrySource(file: string): Promise<string> {
  return code(await readFile(join(ROOT, 'electron', file), 'utf8'));
}
