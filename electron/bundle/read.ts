import { z } from 'zod';
import { Operation } from '../../shared/model/ops';
import { canonicalJson } from '../../shared/sync/canonical';
import { shareRepeats } from '../../shared/sync/intern';
import type { JsonValue } from '../../shared/model/ops';
import { refuse } from './failure';
import { sha256Bytes, verifyBytes } from './keys';
import { DEFAULT_LIMITS, type BundleLimits } from './limits';
import { BUNDLE_FORMAT_VERSION, Manifest, ManifestHead } from './manifest';
import { parseSafeJson } from './safeJson';
import { looksLikeZip, readZip } from './zip';

export interface ReadBundle {
  manifest: Manifest;
  ops: Operation[];
  /** bytes of the file, for the history and the summary. */
  size: number;
}

function utf8(bytes: Uint8Array, entry: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('bad-json', { entry });
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`.slice(0, 300);
}

/**
 * The manifest entry as written: its canonical JSON. The signature covers these exact bytes, and the
 * manifest's content hash covers the ops entry as stored, so together they cover every entry byte.
 */
export function manifestBytes(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(canonicalJson(manifest as unknown as JsonValue));
}

/**
 * Everything that can be checked from the file alone, in the order that spends the least on a bad
 * file: size, archive, safe JSON, format version, manifest shape, signature, content hash, operations.
 * Checks against the importer's database (programme, trust, scope, replay) come after, in import.ts.
 */
export function readBundle(bytes: Uint8Array, limits: BundleLimits = DEFAULT_LIMITS): ReadBundle {
  if (bytes.length === 0) refuse('empty');
  if (bytes.length > limits.maxFileBytes) refuse('too-large', { size: bytes.length, limit: limits.maxFileBytes });
  if (!looksLikeZip(bytes)) refuse('not-a-bundle');
  const { entries, rawOps } = readZip(bytes, limits);
  const jsonLimits = { maxDepth: limits.maxDepth, maxStringLength: limits.maxStringLength };
  const manifestText = entries.get('manifest.json')!;
  const rawManifest = parseSafeJson(utf8(manifestText, 'manifest.json'), 'manifest.json', jsonLimits);
  const head = ManifestHead.safeParse(rawManifest);
  if (!head.success) refuse('bad-manifest', { issue: firstIssue(head.error) });
  if (head.data.formatVersion > BUNDLE_FORMAT_VERSION) refuse('newer-format', { version: head.data.formatVersion, supported: BUNDLE_FORMAT_VERSION });
  const parsed = Manifest.safeParse(rawManifest);
  if (!parsed.success) refuse('bad-manifest', { issue: firstIssue(parsed.error) });
  const manifest = parsed.data;
  if (!verifyBytes(manifest.publicKey, manifestText, entries.get('signature')!)) refuse('bad-signature');
  if (`sha256:${sha256Bytes(rawOps)}` !== manifest.contentHash) refuse('content-hash');
  const opsBytes = entries.get('ops.json')!;
  const opsValue = parseSafeJson(utf8(opsBytes, 'ops.json'), 'ops.json', jsonLimits);
  const ops = z.array(Operation).max(limits.maxOps).safeParse(opsValue);
  if (!ops.success) refuse('bad-operations', { issue: firstIssue(ops.error) });
  if (ops.data.length !== manifest.opCount) refuse('bad-operations', { issue: `opCount: ${manifest.opCount} declared, ${ops.data.length} found` });
  return { manifest, ops: shareRepeats(ops.data), size: bytes.length };
}
