import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads the 2020–2021 programme (LC/CEA.10/5) as the seed text gives it, so the data tests can hold
 * the encoded groups against the document itself rather than against a second copy of the data.
 * The seeds live beside the clone (`../shared/seeds`), as they do on CI.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_2020_2021 = fileURLToPath(new URL('../../../shared/seeds/000_a9e597f9943fd0ee.txt', import.meta.url));

export const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI'] as const;
export type Numeral = (typeof NUMERALS)[number];

export interface SeedPlanRow {
  number: string;
  /** The activity text without markup, footnote marks or the nested list. */
  text: string;
  /** Items of a nested list inside the cell (group VI activity 1), in order. */
  subItems: string[];
  /** The cells exactly as written ("January 2020", "To be decided in May 2020", or ""). */
  start: string;
  end: string;
  footnoteMarks: string[];
}

export interface SeedFootnote {
  mark: string;
  text: string;
}

export interface SeedObjective {
  kind: 'general' | 'specific';
  number: string;
  text: string;
}

export interface SeedContribution {
  source: string;
  amount: number;
  currency: string;
  /** The "Form the contribution will take" cell. */
  form: string;
  purpose: string;
}

export interface SeedCoordinator {
  /** Country name in English, as the document writes it ("El Salvador"). */
  country: string;
  institution: string;
}

export interface SeedGroup {
  numeral: Numeral;
  /** Output title as the table of contents gives it (sentence case). */
  title: string;
  theme: string;
  objectives: SeedObjective[];
  contributions: SeedContribution[];
  coordinators: SeedCoordinator[];
  secretariats: string[];
  planRows: SeedPlanRow[];
  /** Footnotes of the plan table (`^a`), not the numbered document footnotes. */
  planFootnotes: SeedFootnote[];
}

const SUPERSCRIPT_DIGITS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
/** Page footnotes of the document ("² See …") sit wherever the page broke; they belong to no section. */
const DOCUMENT_FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function readSeed2020_2021(): string {
  if (!existsSync(SEED_2020_2021)) {
    throw new Error(
      `Seed document LC/CEA.10/5 not found at ${SEED_2020_2021}: the data tests check the encoded ` +
        'programme against it. Put the shared folder (with seeds/) beside the clone as ../shared.',
    );
  }
  return readFileSync(SEED_2020_2021, 'utf8');
}

/** The seed is a Markdown-ish rendering of the PDF: drop the rendering, keep the wording. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?i>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/\\\$/g, '$')
    .replace(SUPERSCRIPT_DIGITS, '')
    .trim();
}

/** "January 2020" → "2020-01"; anything else (a condition in words, an empty cell) → null. */
export function monthOfWords(cell: string): string | null {
  const match = /^([A-Z][a-z]+) (\d{4})$/.exec(cell);
  if (!match) return null;
  const index = MONTHS.indexOf(match[1] as (typeof MONTHS)[number]);
  return index < 0 ? null : `${match[2]}-${String(index + 1).padStart(2, '0')}`;
}

function isNumeral(s: string): s is Numeral {
  return (NUMERALS as readonly string[]).includes(s);
}

/** Contents lines: `IV. Methodological guide on … Caribbean.....<TAB>12`. */
function tableOfContents(lines: string[]): Map<Numeral, string> {
  const toc = new Map<Numeral, string>();
  for (const line of lines) {
    const match = /^([IVX]+)\. (.+?)(?:\.{3,})?\t\d+$/.exec(line);
    if (match && isNumeral(match[1] ?? '')) toc.set(match[1] as Numeral, (match[2] ?? '').trim());
  }
  return toc;
}

/** Group headings are the numeral followed by the title in capitals; the contents lines are not. */
function headingNumeral(line: string): Numeral | null {
  const match = /^([IVX]+)\. [A-Z]/.exec(line);
  if (!match || line !== line.toUpperCase()) return null;
  return isNumeral(match[1] ?? '') ? (match[1] as Numeral) : null;
}

/** Splits a group's lines into its numbered sections ("1. Background" … "7. Plan of activities"). */
function sections(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    const heading = /^(\d)\. \S/.exec(line);
    if (heading && !line.includes('\t')) {
      current = [];
      out.set(heading[1] ?? '', current);
    } else if (current && !DOCUMENT_FOOTNOTE.test(line)) {
      current.push(line);
    }
  }
  return out;
}

function planRow(cells: string[]): SeedPlanRow {
  const [number = '', cell = '', start = '', end = ''] = cells;
  const footnoteMarks = [...cell.matchAll(/\^([a-z])/g)].map((m) => m[1] ?? '');
  const unmarked = cell.replace(/\s*\^[a-z]/g, '');
  // The seed renders a bulleted list inside a cell as raw HTML followed by "•" items.
  const listAt = unmarked.indexOf('<ul');
  const head = listAt < 0 ? unmarked : unmarked.slice(0, listAt);
  const list = listAt < 0 ? '' : unmarked.slice(unmarked.indexOf('>', listAt) + 1).replace('</ul>', '');
  const subItems = list
    .split('•')
    .map(stripMarkup)
    .filter((item) => item !== '');
  return { number, text: stripMarkup(head), subItems, start, end, footnoteMarks };
}

function plan(lines: string[]): Pick<SeedGroup, 'planRows' | 'planFootnotes'> {
  const planRows: SeedPlanRow[] = [];
  const planFootnotes: SeedFootnote[] = [];
  for (const line of lines) {
    const footnote = /^\^([a-z]) (.+)$/.exec(line);
    if (footnote) planFootnotes.push({ mark: footnote[1] ?? '', text: stripMarkup(footnote[2] ?? '') });
    else if (/^\d+\t/.test(line)) planRows.push(planRow(line.split('\t')));
  }
  return { planRows, planFootnotes };
}

function objectives(lines: string[]): SeedObjective[] {
  const general: string[] = [];
  const specific: SeedObjective[] = [];
  let part: 'general' | 'specific' | null = null;
  for (const line of lines) {
    if (line.startsWith('(a)')) part = 'general';
    else if (line.startsWith('(b)')) part = 'specific';
    else if (part === 'general' && line.trim() !== '') general.push(stripMarkup(line));
    else if (part === 'specific') {
      const item = /^- \(([ivx]+)\) (.+)$/.exec(line);
      if (item) specific.push({ kind: 'specific', number: item[1] ?? '', text: stripMarkup(item[2] ?? '') });
    }
  }
  const numbered = general.length > 1;
  return [
    ...general.map((text, i): SeedObjective => ({ kind: 'general', number: numbered ? String(i + 1) : '', text })),
    ...specific,
  ];
}

function contributions(lines: string[]): SeedContribution[] {
  return lines
    .filter((line) => line.includes('\t') && !line.startsWith('Source\t'))
    .map((line) => {
      const [source = '', amount = '', form = '', purpose = ''] = line.split('\t').map(stripMarkup);
      const money = /^US\$ ([\d,]+)$/.exec(amount);
      if (!money) throw new Error(`contribution amount not understood: "${amount}"`);
      return { source, amount: Number((money[1] ?? '').replace(/,/g, '')), currency: 'USD', form, purpose };
    });
}

function bullets(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith('- ')).map((line) => stripMarkup(line.slice(2)).replace(/\.$/, ''));
}

function coordinators(lines: string[]): SeedCoordinator[] {
  return bullets(lines).map((item) => {
    const colon = item.indexOf(': ');
    return { country: item.slice(0, colon), institution: item.slice(colon + 2) };
  });
}

export function parseSeed2020_2021(text: string): Map<Numeral, SeedGroup> {
  const lines = text.split(/\r?\n/);
  const toc = tableOfContents(lines);
  const starts = lines.flatMap((line, i) => {
    const numeral = headingNumeral(line);
    return numeral ? [{ numeral, at: i }] : [];
  });
  const groups = new Map<Numeral, SeedGroup>();
  starts.forEach(({ numeral, at }, k) => {
    const body = lines.slice(at + 1, starts[k + 1]?.at ?? lines.length);
    const parts = sections(body);
    const theme = body.map((line) => /^Theme: (.+)$/.exec(line)?.[1]).find((t) => t !== undefined);
    groups.set(numeral, {
      numeral,
      title: toc.get(numeral) ?? '',
      theme: theme ?? '',
      objectives: objectives(parts.get('2') ?? []),
      contributions: contributions(parts.get('4') ?? []),
      coordinators: coordinators(parts.get('5') ?? []),
      secretariats: bullets(parts.get('6') ?? []).map((s) => s.replace(/^The /, '')),
      ...plan(parts.get('7') ?? []),
    });
  });
  return groups;
}
