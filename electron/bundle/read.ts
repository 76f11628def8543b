import type { z } from 'zod';
import type { Operation } from '../../shared/model/ops';
import { canonicalJson } from '../../shared/sync/canonical';
import { shareRepeats } from '../../shared/sync/intern';
import { operationsIssue } from '../../shared/model/checkOperation';
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

/** Stateless between whole-input calls, so one serves every entry. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Uint8Array, entry: string): string {
  try {
    return UTF8.decode(bytes);
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
  return new TextEncoder().encode(canonicalJson(manifest));
}

/**
 * A bundle proved authentic: its manifest is signed by the key it names, and its ops entry, as
 * stored, has the hash the manifest declares. The operations are not parsed yet: an import first
 * asks whether it already received this bundle, and a replay needs nothing more.
 */
export interface OpenedBundle {
  manifest: Manifest;
  /** The ops entry, inflated. */
  opsBytes: Uint8Array;
  size: number;
}

function jsonLimits(limits: BundleLimits): { maxDepth: number; maxStringLength: number } {
  return { maxDepth: limits.maxDepth, maxStringLength: limits.maxStringLength };
}

/**
 * Everything that can be checked from the file alone up to its authenticity, in the order that
 * spends the least on a bad file: size, archive, safe JSON, format version, manifest shape,
 * signature, content hash. Checks against the importer's database (programme, trust, replay, scope)
 * come after, in import.ts.
 */
export function openBundle(bytes: Uint8Array, limits: BundleLimits = DEFAULT_LIMITS): OpenedBundle {
  if (bytes.length === 0) refuse('empty');
  if (bytes.length > limits.maxFileBytes)
    refuse('too-large', { size: bytes.length, limit: limits.maxFileBytes });
  if (!looksLikeZip(bytes)) refuse('not-a-bundle');
  const { entries, rawOps } = readZip(bytes, limits);
  const manifestText = entries.get('manifest.json')!;
  const rawManifest = parseSafeJson(utf8(manifestText, 'manifest.json'), 'manifest.json', jsonLimits(limits));
  const head = ManifestHead.safeParse(rawManifest);
  if (!head.success) refuse('bad-manifest', { issue: firstIssue(head.error) });
  if (head.data.formatVersion > BUNDLE_FORMAT_VERSION)
    refuse('newer-format', { version: head.data.formatVersion, supported: BUNDLE_FORMAT_VERSION });
  const parsed = Manifest.safeParse(rawManifest);
  if (!parsed.success) refuse('bad-manifest', { issue: firstIssue(parsed.error) });
  const manifest = parsed.data;
  if (!verifyBytes(manifest.publicKey, manifestText, entries.get('signature')!)) refuse('bad-signature');
  if (`sha256:${sha256Bytes(rawOps)}` !== manifest.contentHash) refuse('content-hash');
  return { manifest, opsBytes: entries.get('ops.json')!, size: bytes.length };
}

/**
 * The operations of an opened bundle: safe JSON, a list of at most `maxOps`, each a valid Operation
 * (shared/model/checkOperation.ts), as many as the manifest declares.
 */
export function readOps(opened: OpenedBundle, limits: BundleLimits = DEFAULT_LIMITS): Operation[] {
  const value = parseSafeJson(utf8(opened.opsBytes, 'ops.json'), 'ops.json', jsonLimits(limits));
  if (!Array.isArray(value)) return refuse('bad-operations', { issue: ': expected array' });
  if (value.length > limits.maxOps)
    refuse('bad-operations', { issue: `: too big: at most ${limits.maxOps} operations` });
  const issue = operationsIssue(value, '');
  if (issue !== null) refuse('bad-operations', { issue: issue.slice(0, 300) });
  const { opCount } = opened.manifest;
  if (value.length !== opCount)
    refuse('bad-operations', { issue: `opCount: ${opCount} declared, ${value.length} found` });
  return shareRepeats(value as Operation[]);
}

/** The whole file: opened, then its operations read. */
export function readBundle(bytes: Uint8Array, limits: BundleLimits = DEFAULT_LIMITS): ReadBundle {
  const opened = openBundle(bytes, limits);
  return { manifest: opened.manifest, ops: readOps(opened, limits), size: opened.size };
}
