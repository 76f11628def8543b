import type { ImportedFile } from '../../shared/api/sync';
import { AppFailure, type AppError } from '../../shared/errors';
import type { Database } from '../../shared/model/database';
import type { Operation } from '../../shared/model/ops';
import { findConflicts } from '../../shared/sync/conflicts';
import { observe, parseHlc } from '../../shared/sync/hlc';
import { mergeOps } from '../../shared/sync/merge';
import { scopeViolations } from '../../shared/sync/scope';
import type { Store } from '../store';
import { refuse } from './failure';
import { historyOf, type HistoryEntry } from '../../shared/sync/history';
import { fingerprint } from './keys';
import { DEFAULT_LIMITS, type BundleLimits } from './limits';
import type { Manifest } from './manifest';
import { readBundle } from './read';

export interface BundleFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Trust signers seen for the first time (the user compared their fingerprints). */
  trustNew?: boolean;
  now?: () => number;
  limits?: BundleLimits;
}

export interface ImportSummary {
  files: ImportedFile[];
  backup: string | null;
}

/** A bundle whose operations claim a time more than this far ahead of ours gets a warning, never a refusal. */
export const FUTURE_WARNING_MS = 24 * 60 * 60 * 1000;

interface Checked {
  file: string;
  manifest: Manifest;
  ops: Operation[];
  fingerprint: string;
  newSigner: boolean;
  replay: boolean;
  warnings: AppError[];
}

/** Names the file in an error about it, so a refusal among many files says which one. */
export function aboutFile<T>(file: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof AppFailure) throw new AppFailure({ ...e.error, details: { ...e.error.details, file } });
    throw e;
  }
}

/**
 * Checks one read bundle against what this installation holds: programme, signer trust, role scope,
 * replay. `localOps` are the database's operations plus those of files checked before it in the same
 * import, so a file may build on an earlier one.
 */
export function checkAgainst(db: Database, file: string, manifest: Manifest, ops: Operation[], localOps: readonly Operation[], opts: ImportOptions, newlyTrusted: ReadonlyMap<string, string>): Checked {
  if (!db.programmes.some((p) => p.id === manifest.programme)) refuse('other-programme', { programme: manifest.programme });
  const { sender, publicKey } = manifest;
  const print = fingerprint(publicKey);
  const own = db.identity?.installation === sender.installation;
  const trusted = db.sync.trusted.find((t) => t.signer === sender.installation);
  let newSigner = false;
  if (own) {
    if (db.sync.publicKey !== publicKey) refuse('key-changed', { signer: sender.name, fingerprint: print });
  } else if (trusted) {
    if (trusted.publicKey !== publicKey) refuse('key-changed', { signer: sender.name, fingerprint: print, trusted: trusted.fingerprint });
    if ((trusted.role ?? sender.role) !== sender.role || (trusted.country !== undefined && trusted.country !== sender.country)) {
      refuse('identity-changed', { signer: sender.name, role: sender.role, trustedRole: trusted.role ?? sender.role });
    }
  } else if (newlyTrusted.has(sender.installation)) {
    // Trusted a moment ago, by an earlier file of this import: the same key, or nothing.
    if (newlyTrusted.get(sender.installation) !== publicKey) refuse('key-changed', { signer: sender.name, fingerprint: print });
  } else {
    if (!opts.trustNew) refuse('unknown-signer', { signer: sender.name, email: sender.email, fingerprint: print });
    newSigner = true;
  }
  const violations = scopeViolations(sender, ops, { programme: manifest.programme, programmes: db.programmes, localOps });
  if (violations.length > 0) {
    const v = violations[0]!;
    refuse('out-of-scope', { signer: sender.name, role: sender.role, count: violations.length, entity: v.entity, key: v.key, reason: v.reason });
  }
  // A replay is a sequence number already received from this sender. An earlier number never seen
  // is a bundle that travelled slower than its successor: it still carries changes, so it is applied.
  const replay = historyOf(db).some((e) => e.direction === 'received' && e.sender.installation === sender.installation && e.seq === manifest.seq);
  const now = (opts.now ?? Date.now)();
  const latest = ops.reduce((max, op) => Math.max(max, parseHlc(op.hlc).wall), 0);
  const warnings: AppError[] = [];
  if (latest > now + FUTURE_WARNING_MS) {
    warnings.push({ code: 'bundle-future-clock', i18nKey: 'sync:warnings.futureClock', details: { at: new Date(latest).toISOString(), signer: sender.name } });
  }
  return { file, manifest, ops, fingerprint: print, newSigner, replay, warnings };
}

/**
 * Imports any number of bundle files. Every file is read and checked before anything changes; one
 * refusal refuses the whole import, naming the file and the check. Then, after a backup, all files
 * are applied in one save: operations merged, clock advanced past what was seen, new signers
 * trusted, sequence numbers and history recorded. A replayed bundle adds nothing and says so; an
 * import where every file is a replay is refused, leaving the database as it was.
 */
export async function importBundles(store: Pick<Store, 'read' | 'update' | 'backup'>, files: readonly BundleFile[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const db = store.read() as Database;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const checked: Checked[] = [];
  const newlyTrusted = new Map<string, string>();
  let localOps: Operation[] = db.ops;
  for (const f of files) {
    const read = aboutFile(f.name, () => readBundle(f.bytes, limits));
    const c = aboutFile(f.name, () => checkAgainst(db, f.name, read.manifest, read.ops, localOps, opts, newlyTrusted));
    const earlier = checked.find((o) => o.manifest.sender.installation === c.manifest.sender.installation && o.manifest.seq === c.manifest.seq);
    if (earlier) c.replay = true;
    if (c.newSigner) newlyTrusted.set(c.manifest.sender.installation, c.manifest.publicKey);
    if (!c.replay) localOps = mergeOps(localOps, c.ops).ops;
    checked.push(c);
  }
  if (checked.length > 0 && checked.every((c) => c.replay)) {
    const c = checked[0]!;
    aboutFile(c.file, () => refuse('replay', { signer: c.manifest.sender.name, seq: c.manifest.seq }));
  }
  const now = (opts.now ?? Date.now)();
  const at = new Date(now).toISOString();
  const backup = checked.length > 0 ? await store.backup('import') : null;
  const summaries: ImportedFile[] = [];
  await store.update((draft) => {
    summaries.length = 0;
    const addedBy = new Map<string, ImportedFile>();
    const entries = new Map<ImportedFile, HistoryEntry>();
    for (const c of checked) {
      const summary: ImportedFile = {
        file: c.file,
        sender: c.manifest.sender,
        fingerprint: c.fingerprint,
        seq: c.manifest.seq,
        status: c.replay ? 'replay' : 'imported',
        ops: c.ops.length,
        new: 0,
        known: c.replay ? c.ops.length : 0,
        conflicts: 0,
        newSigner: c.newSigner,
        warnings: c.warnings,
      };
      summaries.push(summary);
      if (c.replay) continue;
      const merged = mergeOps(draft.ops, c.ops);
      draft.ops = merged.ops;
      summary.new = merged.added.length;
      summary.known = merged.known;
      for (const op of merged.added) draft.clock = observe(draft.clock, op.hlc);
      for (const op of merged.added) addedBy.set(op.hlc, summary);
      const { sender, publicKey } = c.manifest;
      if (c.newSigner && !draft.sync.trusted.some((t) => t.signer === sender.installation)) {
        draft.sync.trusted.push({ signer: sender.installation, publicKey, fingerprint: c.fingerprint, since: at, role: sender.role, country: sender.country });
      }
      draft.sync.lastSeq[sender.installation] = Math.max(draft.sync.lastSeq[sender.installation] ?? 0, c.manifest.seq);
      const entry: HistoryEntry = {
        direction: 'received',
        file: c.file,
        at,
        programme: c.manifest.programme,
        sender,
        fingerprint: c.fingerprint,
        seq: c.manifest.seq,
        createdAt: c.manifest.createdAt,
        consolidated: c.manifest.scope.consolidated,
        ops: c.ops.length,
        new: summary.new,
        known: summary.known,
        conflicts: summary.conflicts,
      };
      draft.sync.history.push(entry);
      entries.set(summary, entry);
    }
    // One pass over the merged log: each conflict that involves an operation just added counts for
    // the file that brought it (once per file).
    for (const conflict of findConflicts(draft.ops)) {
      const files = new Set([conflict.winner, ...conflict.losers].map((c) => addedBy.get(c.hlc)).filter((f) => f !== undefined));
      for (const f of files) {
        f.conflicts++;
        entries.get(f)!.conflicts++;
      }
    }
  });
  return { files: summaries, backup };
}
