import { execFileSync } from 'node:child_process';

/** Page count as pdfinfo reads it. */
export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

export function pdfPageSize(file: string): string {
  return /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

/**
 * The text of the PDF (or of one page) in the order it was drawn, lines joined by spaces: a table cell's
 * words stay together however its column wraps them, where reading order would interleave columns.
 */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The fonts a PDF embeds, as pdffonts names them without the subset prefix (`AAAAAA+Arimo-Bold` → `Arimo-Bold`). */
export function pdfFonts(file: string): string[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return [
    ...new Set(
      lines.filter((l) => l.trim() !== '').map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, '')),
    ),
  ].sort();
}

/** Arimo's ascent plus descent, in ems (hhea 1854 + 434 of 2048): the height poppler gives a word's box. */
const ARIMO_BOX_EM = (1854 + 434) / 2048;

/** Every word of the PDF with its font size in points, read back from the height of its box. */
export function pdfWordSizes(file: string): { word: string; pt: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return [
    ...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({
    word: m[3] ?? '',
    pt: (Number(m[2]) - Number(m[1])) / ARIMO_BOX_EM,
  }));
}
