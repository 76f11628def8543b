import { constants } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { fail } from '../../shared/errors';

/**
 * Bounds on what a workbook may make us read, as the bundle limits bound a bundle
 * (electron/bundle/limits.ts). An .xlsx is a zip; the spreadsheet library inflates every entry whole,
 * so the entries are inflated here first with zlib's output cap, and a bomb is refused before the
 * library sees it.
 */
export interface WorkbookLimits {
  maxFileBytes: number;
  maxUnpackedBytes: number;
  maxEntries: number;
}

/**
 * A typed programme unpacks to well under a megabyte; the spreadsheet library holds several times the
 * unpacked XML in memory while it parses, so the inflated total is kept small.
 */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxUnpackedBytes: 16 * 1024 * 1024,
  maxEntries: 200,
};

const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const END_SIG = 0x06054b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;

type Refusal = 'not-a-workbook' | 'too-large' | 'too-many-entries' | 'unpacked-too-large';

function refuse(reason: Refusal, limit?: number): never {
  return fail(`workbook-${reason}`, `errors:workbook.${reason}`, limit === undefined ? undefined : { limit });
}

/**
 * Refuses a file that is not a zip within the limits: too large, too many entries, or entries that
 * inflate past the total (counted as zlib produces them, whatever sizes the file declares).
 */
export function checkArchive(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): void {
  if (bytes.length > limits.maxFileBytes) refuse('too-large', limits.maxFileBytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : refuse('not-a-workbook'));
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : refuse('not-a-workbook'));
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--)
    if (view.getUint32(at, true) === END_SIG) {
      end = at;
      break;
    }
  if (end < 0 || u32(0) !== LOCAL_SIG) refuse('not-a-workbook');
  const count = u16(end + 10);
  if (count > limits.maxEntries) refuse('too-many-entries', limits.maxEntries);
  let at = u32(end + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL_SIG) refuse('not-a-workbook');
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const local = u32(at + 42);
    if (u32(local) !== LOCAL_SIG) refuse('not-a-workbook');
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + compressed > bytes.length) refuse('not-a-workbook');
    if (method !== 0 && method !== 8) refuse('not-a-workbook');
    const raw = bytes.subarray(start, start + compressed);
    total += method === 0 ? raw.length : inflated(raw, limits.maxUnpackedBytes - total, limits);
    if (total > limits.maxUnpackedBytes) refuse('unpacked-too-large', limits.maxUnpackedBytes);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
}

/** The inflated size of one entry; zlib stops as soon as its output passes `budget`. */
function inflated(raw: Uint8Array, budget: number, limits: WorkbookLimits): number {
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.min(Math.max(1, budget + 1), constants.MAX_LENGTH) })
      .length;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      return refuse('unpacked-too-large', limits.maxUnpackedBytes);
    return refuse('not-a-workbook');
  }
}
