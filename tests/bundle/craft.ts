import { crc32 } from 'node:zlib';
import { zipSync } from 'fflate';
import { sha256Bytes, signBytes } from '../../electron/bundle/keys';
import { manifestBytes } from '../../electron/bundle/read';
import type { Manifest } from '../../electron/bundle/manifest';
import { deflateOps, writeZip } from '../../electron/bundle/zip';

/**
 * Builds a bundle the way an attacker or a buggy sender could: any manifest, any ops text, signed by
 * any key. Everything else about the file is well formed, so each test reaches the check it aims at.
 */
export function craft(opts: {
  manifest: Manifest;
  opsText: string;
  privateKey: string;
  signature?: Uint8Array;
  manifestText?: string;
}): Uint8Array {
  const opsJson = new TextEncoder().encode(opts.opsText);
  const deflated = deflateOps(opsJson);
  const manifest: Manifest = { ...opts.manifest, contentHash: `sha256:${sha256Bytes(deflated)}` };
  const text =
    opts.manifestText !== undefined ? new TextEncoder().encode(opts.manifestText) : manifestBytes(manifest);
  return writeZip(
    text,
    deflated,
    opsJson.length,
    crc32(opsJson),
    opts.signature ?? signBytes(opts.privateKey, text),
  );
}

/** A generic zip with the given entry names, as any zip tool could make it (level 0: stored entries). */
export function zipWith(entries: Record<string, string>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [k, [new TextEncoder().encode(v), { level }]]),
    ),
  );
}
