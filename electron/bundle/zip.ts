import { constants } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import { deflateSync } from 'fflate';
import { refuse } from './failure';
import type { BundleLimits } from './limits';

/**
 * The archive inside a .ceabundle: a plain zip (any unzip tool opens it) with exactly three entries in
 * this order. We write it ourselves, field by field, so that a reader can rebuild every header from
 * the entries and demand the file be exactly that: no byte of the file is left unchecked, which a
 * general zip reader (ignoring times, extra fields, the central directory) would allow.
 */
export const ENTRIES = [
  { name: 'manifest.json', method: 0 },
  { name: 'ops.json', method: 8 },
  { name: 'signature', method: 0 },
] as const;
export type EntryName = (typeof ENTRIES)[number]['name'];

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const VERSION = 20;
/** 2020-01-01 00:00 in MS-DOS format: a fixed date keeps the file a function of its content. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

interface StoredEntry {
  name: string;
  method: number;
  /** As stored in the archive (deflated for method 8). */
  raw: Uint8Array;
  crc: number;
  size: number;
}

function header(sig: number, central: boolean, e: StoredEntry, offset: number): Uint8Array {
  const name = new TextEncoder().encode(e.name);
  const fixed = central ? 46 : 30;
  const out = new Uint8Array(fixed + name.length);
  const v = new DataView(out.buffer);
  let at = 0;
  const u16 = (x: number) => (v.setUint16(at, x, true), (at += 2));
  const u32 = (x: number) => (v.setUint32(at, x, true), (at += 4));
  u32(sig);
  if (central) u16(VERSION);
  u16(VERSION);
  u16(0);
  u16(e.method);
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(e.crc);
  u32(e.raw.length);
  u32(e.size);
  u16(name.length);
  u16(0);
  if (central) {
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offset);
  }
  out.set(name, fixed);
  return out;
}

function assemble(entries: readonly StoredEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    const h = header(LOCAL_SIG, false, e, 0);
    parts.push(h, e.raw);
    at += h.length + e.raw.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    const h = header(CENTRAL_SIG, true, e, offsets[i]!);
    parts.push(h);
    at += h.length;
  });
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, END_SIG, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, at - centralStart, true);
  v.setUint32(16, centralStart, true);
  parts.push(end);
  return concat(parts);
}

/** The ops entry as it will be stored: its hash goes into the manifest before the archive is made. */
export function deflateOps(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 6 });
}

export function writeZip(
  manifest: Uint8Array,
  deflatedOps: Uint8Array,
  opsSize: number,
  opsCrc: number,
  signature: Uint8Array,
): Uint8Array {
  return assemble([
    { name: 'manifest.json', method: 0, raw: manifest, crc: crc32(manifest), size: manifest.length },
    { name: 'ops.json', method: 8, raw: deflatedOps, crc: opsCrc, size: opsSize },
    { name: 'signature', method: 0, raw: signature, crc: crc32(signature), size: signature.length },
  ]);
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true) === LOCAL_SIG
  );
}

function checkName(name: string): void {
  if (
    name.includes('../') ||
    name.includes('..\\') ||
    name === '..' ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name)
  ) {
    refuse('entry-name', { name: name.slice(0, 200) });
  }
  if (!ENTRIES.some((e) => e.name === name)) refuse('entry-name', { name: name.slice(0, 200) });
}

export interface ZipContents {
  entries: Map<EntryName, Uint8Array>;
  /** The ops entry exactly as stored, which the manifest's content hash covers. */
  rawOps: Uint8Array;
}

/**
 * Reads the archive. Sizes the file declares are used only to find the entries; inflated bytes are
 * counted as they come out, and reading stops as soon as a cap (total bytes, ratio to the file size)
 * is passed. Then the file must be byte for byte the archive our writer makes of those entries.
 */
export function readZip(bytes: Uint8Array, limits: BundleLimits): ZipContents {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (at: number, n: number) => {
    if (at + n > bytes.length) refuse('corrupt', { reason: 'truncated' });
  };
  const stored: StoredEntry[] = [];
  const entries = new Map<EntryName, Uint8Array>();
  let total = 0;
  let at = 0;
  while (at + 4 <= bytes.length && view.getUint32(at, true) === LOCAL_SIG) {
    if (stored.length >= limits.maxEntries) refuse('too-many-entries', { limit: limits.maxEntries });
    need(at, 30);
    const method = view.getUint16(at + 8, true);
    const rawSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    need(at + 30, nameLength + extraLength);
    const name = new TextDecoder('latin1').decode(bytes.subarray(at + 30, at + 30 + nameLength));
    checkName(name);
    if (entries.has(name as EntryName)) refuse('duplicate-entry', { name });
    const dataStart = at + 30 + nameLength + extraLength;
    need(dataStart, rawSize);
    const raw = bytes.subarray(dataStart, dataStart + rawSize);
    const expected = ENTRIES.find((e) => e.name === name)!;
    if (method !== expected.method) refuse('corrupt', { entry: name, reason: 'method' });
    const data = method === 0 ? raw : inflateCapped(raw, name, limits, bytes.length, total);
    total += data.length;
    if (total > limits.maxUnpackedBytes) refuse('unpacked-too-large', { limit: limits.maxUnpackedBytes });
    entries.set(name as EntryName, data);
    stored.push({ name, method, raw, crc: crc32(data), size: data.length });
    at = dataStart + rawSize;
  }
  for (const e of ENTRIES)
    if (!entries.has(e.name)) refuse(stored.length === 0 ? 'corrupt' : 'missing-entry', { name: e.name });
  const rebuilt = assemble(ENTRIES.map((e) => stored.find((s) => s.name === e.name)!));
  if (Buffer.compare(rebuilt, bytes) !== 0) refuse('corrupt', { reason: 'layout' });
  return {
    entries,
    rawOps: entries.has('ops.json') ? stored.find((s) => s.name === 'ops.json')!.raw : new Uint8Array(),
  };
}

/**
 * Inflates one entry with zlib, which stops as soon as its output passes the cap: whichever comes
 * first of the total (counting the entries before) and the ratio to the file size. zlib fills small
 * buffers and counts after each, so a bomb is refused without its output ever being built.
 */
function inflateCapped(
  raw: Uint8Array,
  entry: string,
  limits: BundleLimits,
  fileSize: number,
  before: number,
): Uint8Array {
  const byTotal = limits.maxUnpackedBytes - before;
  const byRatio = Math.max(limits.ratioFloorBytes, fileSize * limits.maxRatio) - before;
  const overCap = () =>
    byTotal <= byRatio
      ? refuse('unpacked-too-large', { limit: limits.maxUnpackedBytes })
      : refuse('compression-ratio', { limit: limits.maxRatio });
  // zlib takes a cap of at least one byte and at most the largest buffer; the exact cap is checked after.
  const maxOutputLength = Math.min(Math.max(1, Math.min(byTotal, byRatio)), constants.MAX_LENGTH);
  let data: Uint8Array;
  try {
    data = inflateRawSync(raw, { maxOutputLength });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return overCap();
    return refuse('corrupt', { entry, reason: code === 'Z_BUF_ERROR' ? 'truncated' : 'deflate' });
  }
  if (data.length > Math.min(byTotal, byRatio)) overCap();
  return data;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
