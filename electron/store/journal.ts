import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Delta } from './delta';

/**
 * The journal beside the database file: the saves made since the file was last written whole, one
 * line each, appended and fsynced. A save then writes a few hundred bytes instead of the whole
 * history. Each line is `<checksum> <json>`; the first names the generation of the file it follows,
 * so a journal left behind by a crash just after the file was rewritten is recognised as already
 * folded in, and ignored.
 */
export const JOURNAL_SUFFIX = '.journal';

export function journalPathOf(file: string): string {
  return `${file}${JOURNAL_SUFFIX}`;
}

export function newGeneration(): string {
  return randomBytes(8).toString('hex');
}

const CHECKSUM_CHARS = 8;
const NEWLINE = Buffer.from('\n');

/**
 * CRC-32 of the line's UTF-8 bytes: it catches torn writes and flipped bits, the damage a journal
 * meets, at memory speed, where a cryptographic hash would cost a noticeable part of a large save.
 */
function checksum(json: string | Uint8Array): string {
  return crc32(json).toString(16).padStart(CHECKSUM_CHARS, '0');
}

/** The line's bytes, encoded once: the checksum is taken over them and they are what gets written. */
function line(value: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(value));
  return Buffer.concat([Buffer.from(`${checksum(json)} `), json, NEWLINE]);
}

export function headerLine(generation: string): Buffer {
  return line({ generation });
}

export function recordLine(delta: Delta): Buffer {
  return line(delta);
}

export interface JournalText {
  /** The records' parsed JSON, in order; checked by the loader, which knows the database. */
  records: unknown[];
  /** How many bytes of the file hold the header and those records: a torn last record is cut off here. */
  validBytes: number;
  /** Whether bytes after `validBytes` must be cut off: a record the writer died while appending. */
  torn: boolean;
}

export type JournalRead = JournalText | { stale: true } | { corrupt: string };

/** One line's JSON, or null when its checksum or JSON is wrong. */
function parseLine(text: string): unknown {
  const space = text.indexOf(' ');
  if (space !== CHECKSUM_CHARS) return null;
  const json = text.slice(space + 1);
  if (checksum(json) !== text.slice(0, space)) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/**
 * Reads a journal's text for the file of `generation`. A bad line with nothing good after it is a
 * record cut short by a crash or power loss (never acknowledged, since its fsync had not returned):
 * dropped. A bad line with good lines after it is damage, and the journal is refused as corrupt.
 */
export function readJournal(text: string, generation: string): JournalRead {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push(text.slice(start));
      break;
    }
    lines.push(text.slice(start, end + 1));
    start = end + 1;
  }
  const parsed = lines.map((l) => (l.endsWith('\n') ? parseLine(l.slice(0, -1)) : null));
  const good = parsed.findLastIndex((p) => p !== null);
  const firstBad = parsed.indexOf(null);
  if (firstBad !== -1 && firstBad < good) return { corrupt: `line ${firstBad + 1}: bad checksum or JSON` };
  const header = parsed[0];
  if (good < 0 || typeof header !== 'object' || header === null) {
    return { records: [], validBytes: 0, torn: text.length > 0 };
  }
  if ((header as { generation?: unknown }).generation !== generation) return { stale: true };
  const kept = lines.slice(0, good + 1).join('');
  return {
    records: parsed.slice(1, good + 1),
    validBytes: Buffer.byteLength(kept),
    torn: good < lines.length - 1,
  };
}
