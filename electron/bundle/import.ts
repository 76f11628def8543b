import type { ImportedFile } from '../../shared/api/sync';
import { AppFailure, fail, type AppError } from '../../shared/errors';
import type { Database } from '../../shared/model/database';
import type { Programme } from '../../shared/model/programme';
import type { Hlc, Operation } from '../../shared/model/ops';
import { firstContentIssue, issueDetails, programmesOfPlan } from '../../shared/domain/content';
import { countryName } from '../../shared/domain/lookup';
import { PLAN_ENTITIES } from '../../shared/domain/programmes';
import { changeLabel } from '../../shared/domain/recordLabel';
import { conflictsOfRecords } from '../../shared/sync/conflicts';
import { fold, type Folded } from '../../shared/sync/fold';
import { MAX_FUTURE_MS, observe, wallOf } from '../../shared/sync/hlc';
import { mergeOps, sameJson } from '../../shared/sync/merge';
import { OpsByRecord, scopeViolations } from '../../shared/sync/scope';
import type { Store } from '../store';
import { refuse } from './failure';
import { ReceivedBundles, type Arrival, type HistoryEntry } from '../../shared/sync/history';
import { fingerprint } from './keys';
import { DEFAULT_LIMITS, type BundleLimits } from './limits';
import type { Manifest } from './manifest';
import { openBundle, readOps } from './read';

export interface BundleFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Trust every signer seen for the first time (the user compared their fingerprints; the CLI's --trust-new). */
  trustNew?: boolean;
  /** Fingerprints of new signers the user chose to trust, one by one. */
  trust?: readonly string[];
  /** Fingerprints of new signers the user chose not to trust: their files are left out, and said so. */
  decline?: readonly string[];
  now?: () => number;
  limits?: BundleLimits;
}

export interface ImportSummary {
  files: ImportedFile[];
  backup: string | null;
}

interface Checked {
  file: string;
  manifest: Manifest;
  /** Null for a replay: its operations are neither parsed nor applied. */
  ops: Operation[] | null;
  fingerprint: string;
  newSigner: boolean;
  /** `declined`: signed by a new key the user chose not to trust; nothing is taken from it. */
  arrival: Arrival | 'declined';
  warnings: AppError[];
}

/** A signer this installation does not trust yet, as the user is asked about it. */
export interface NewSender {
  sender: Manifest['sender'];
  fingerprint: string;
  files: string[];
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
 * A known key speaks with the role, country and groups it was first trusted with: a bundle claiming
 * another role or country, or a group beyond those, is refused, naming the difference. (Membership the
 * programme records is judged by the roles module, whatever the signer declares.)
 */
function refuseClaimsBeyond(trusted: Database['sync']['trusted'][number], sender: Manifest['sender']): void {
  const role = trusted.role ?? sender.role;
  if (role !== sender.role)
    refuse('identity-changed', { signer: sender.name, role: sender.role, trustedRole: role });
  if (trusted.country !== undefined && trusted.country !== sender.country) {
    fail('bundle-identity-changed', 'sync:errors.country-changed', {
      signer: sender.name,
      country: sender.country ?? '-',
      trustedCountry: trusted.country ?? '-',
    });
  }
  const added = trusted.groups === undefined ? [] : sender.groups.filter((g) => !trusted.groups!.includes(g));
  if (added.length > 0) {
    fail('bundle-identity-changed', 'sync:errors.groups-added', {
      signer: sender.name,
      groups: added.join(', '),
      trustedGroups: trusted.groups!.join(', ') || '-',
    });
  }
}

/**
 * Whether this installation takes bundles from the manifest's signer: the programme is one it holds,
 * and the key is its own, or the one it trusts for the signer (with the same role and country), or
 * the one an earlier file of the same import introduced, or new and trusted by the user's choice.
 */
function checkSigner(
  db: Database,
  manifest: Manifest,
  opts: ImportOptions,
  newlyTrusted: ReadonlyMap<string, string>,
): { fingerprint: string; newSigner: boolean; declined: boolean } {
  const { sender, publicKey } = manifest;
  const print = fingerprint(publicKey);
  const own = db.identity?.installation === sender.installation;
  const trusted = db.sync.trusted.find((t) => t.signer === sender.installation);
  let newSigner = false;
  let declined = false;
  if (own) {
    if (db.sync.publicKey !== publicKey) refuse('key-changed', { signer: sender.name, fingerprint: print });
  } else if (trusted) {
    if (trusted.publicKey !== publicKey)
      refuse('key-changed', { signer: sender.name, fingerprint: print, trusted: trusted.fingerprint });
    refuseClaimsBeyond(trusted, sender);
  } else if (newlyTrusted.has(sender.installation)) {
    // Trusted a moment ago, by an earlier file of this import: the same key, or nothing.
    if (newlyTrusted.get(sender.installation) !== publicKey)
      refuse('key-changed', { signer: sender.name, fingerprint: print });
  } else if (opts.decline?.includes(print)) {
    declined = true;
  } else {
    if (!opts.trustNew && !opts.trust?.includes(print))
      refuse('unknown-signer', { signer: sender.name, email: sender.email, fingerprint: print });
    newSigner = true;
  }
  return { fingerprint: print, newSigner, declined };
}

/**
 * Checks a bundle's operations: each within its signer's role (against `localOps`, what the
 * importer holds plus earlier files of the same import), and warns of a clock far ahead of ours.
 */
function checkOps(
  db: Database,
  known: KnownPlan,
  manifest: Manifest,
  ops: readonly Operation[],
  localOps: readonly Operation[] | OpsByRecord,
  opts: ImportOptions,
): AppError[] {
  const { programmes } = known;
  const { sender } = manifest;
  // A programme this installation does not hold arrives only as the secretariat creates it.
  const creates =
    sender.role === 'secretariat' &&
    ops.some((op) => op.entity === 'programme' && op.key === manifest.programme);
  if (!creates && !programmes.some((p) => p.id === manifest.programme))
    refuse('other-programme', { programme: manifest.programme });
  refuseRewritten(
    db,
    sender.name,
    ops,
    localOps instanceof OpsByRecord ? localOps : new OpsByRecord(localOps),
  );
  const violations = scopeViolations(sender, ops, {
    programme: manifest.programme,
    programmes,
    localOps,
  });
  if (violations.length > 0) {
    const v = violations[0]!;
    const op = ops.find((o) => o.hlc === v.hlc)!;
    refuse('out-of-scope', {
      signer: sender.name,
      role: sender.role,
      count: violations.length,
      entity: v.entity,
      key: v.key,
      record: heldLabel(db, op, localOps),
      reason: v.reason,
    });
  }
  refuseFuture(sender.name, ops, (opts.now ?? Date.now)());
  refuseInvalid(db, ops, localOps instanceof OpsByRecord ? localOps : new OpsByRecord(localOps), known.plan);
  return [];
}

/** Country names in the importer's language, for messages. */
function namer(db: Database): (iso3: string) => string {
  return (iso3) => countryName(db.countries, iso3, db.identity?.lang ?? 'es');
}

/** How a refusal names the record `op` changes: by its fields and those the importer holds (a review's report's). */
function heldLabel(db: Database, op: Operation, local: readonly Operation[] | OpsByRecord): string {
  const held = local instanceof OpsByRecord ? local : new OpsByRecord(local);
  const slots = [`${op.entity}|${op.key}`, ...(op.entity === 'review' ? [`progress|${op.key}`] : [])];
  return changeLabel(op, fold(slots.flatMap((slot) => held.of(slot))), namer(db));
}

/**
 * The plan a bundle is judged against: the plan operations held, advanced by each earlier file of the
 * same import, so that a file may report on a group or activity an earlier file created.
 */
interface KnownPlan {
  /** Every plan operation held and checked so far; advanced as the check goes. */
  plan: Folded;
  programmes: readonly Programme[];
}

function knownPlan(db: Database): KnownPlan {
  const plan = fold(db.ops.filter((op) => PLAN_ENTITIES.has(op.entity)));
  return { plan, programmes: programmesOfPlan(db, plan) };
}

/**
 * Refuses a bundle with one operation whose content breaks a rule of the records (shared/domain/content.ts),
 * naming it and the rule. Each is judged on the records it edits as the importer holds them plus the
 * bundle's operations before it; operations already held were judged when they came.
 */
function refuseInvalid(db: Database, ops: readonly Operation[], local: OpsByRecord, plan: Folded): void {
  const fresh = ops.filter((op) => local.stamped(op.hlc) === undefined);
  const slots = new Set<string>();
  for (const op of fresh) {
    slots.add(`${op.entity}|${op.key}`);
    if (op.entity === 'review') slots.add(`progress|${op.key}`);
  }
  const folded = fold([...slots].flatMap((slot) => local.of(slot)));
  // Which programmes, groups and activities exist is read from every plan operation held, not only those touched.
  const found = firstContentIssue(fresh, folded, db, plan);
  if (found)
    refuse(
      'invalid-operation',
      issueDetails(found.op, found.issue, changeLabel(found.op, folded, namer(db))),
    );
}

/**
 * Refuses a bundle with an operation stamped more than MAX_FUTURE_MS ahead of this computer's time,
 * naming the sender and the time its computer claimed (see hlc.ts for the bound).
 */
function refuseFuture(signer: string, ops: readonly Operation[], now: number): void {
  // Stamps of one format sort as their times do: read only the greatest.
  const last = ops.reduce<Operation | null>((max, op) => (max === null || op.hlc > max.hlc ? op : max), null);
  const latest = last === null ? 0 : wallOf(last.hlc);
  if (latest > now + MAX_FUTURE_MS) {
    refuse('future-clock', { signer, at: latest, hours: Math.round((latest - now) / 3_600_000) });
  }
}

/**
 * An operation is immutable: one whose stamp is already held (here, or earlier in the same import)
 * with another body was rewritten after it was made, and the bundle is refused whole.
 */
function refuseRewritten(db: Database, signer: string, ops: readonly Operation[], local: OpsByRecord): void {
  const seen = new Map<string, Operation>();
  for (const op of ops) {
    const held = local.stamped(op.hlc) ?? seen.get(op.hlc);
    if (held !== undefined && held !== op && !sameJson(held, op)) {
      refuse('tampered', {
        signer,
        at: wallOf(op.hlc),
        entity: op.entity,
        key: op.key,
        record: heldLabel(db, op, local),
      });
    }
    seen.set(op.hlc, op);
  }
}

/**
 * Checks one read bundle against what this installation holds: programme, signer trust, role scope,
 * replay (what `verify FILE` reports). `localOps` are the operations the scope is judged against.
 */
export function checkAgainst(
  db: Database,
  file: string,
  manifest: Manifest,
  ops: Operation[],
  localOps: readonly Operation[],
  opts: ImportOptions,
  newlyTrusted: ReadonlyMap<string, string>,
): Checked {
  const { declined: _declined, ...signer } = checkSigner(db, manifest, opts, newlyTrusted);
  const warnings = checkOps(db, knownPlan(db), manifest, ops, localOps, opts);
  return {
    file,
    manifest,
    ops,
    ...signer,
    arrival: new ReceivedBundles(db).arrival(
      manifest.sender.installation,
      manifest.seq,
      manifest.contentHash,
    ),
    warnings,
  };
}

/**
 * Reads and checks one file of an import. A replay (of a bundle received before, or of an earlier
 * file of this import) is recognised as soon as the file is proved authentic, and its operations are
 * not parsed: the signed manifest names the sender and number, and its content hash pins the
 * operations, so nothing in them can change what the import does with the file, which is nothing.
 */
function checkFile(
  db: Database,
  f: BundleFile,
  limits: BundleLimits,
  opts: ImportOptions,
  state: {
    received: ReceivedBundles;
    newlyTrusted: Map<string, string>;
    local: OpsByRecord;
    known: KnownPlan;
  },
): Checked {
  const opened = openBundle(f.bytes, limits);
  const { manifest } = opened;
  const { sender, publicKey, seq } = manifest;
  const { declined, ...signer } = checkSigner(db, manifest, opts, state.newlyTrusted);
  if (declined) return { file: f.name, manifest, ops: null, ...signer, arrival: 'declined', warnings: [] };
  if (signer.newSigner) state.newlyTrusted.set(sender.installation, publicKey);
  const arrival = state.received.arrival(sender.installation, seq, manifest.contentHash);
  if (arrival === 'replay') return { file: f.name, manifest, ops: null, ...signer, arrival, warnings: [] };
  const ops = readOps(opened, limits);
  const warnings = checkOps(db, state.known, manifest, ops, state.local, opts);
  state.received.add(sender.installation, seq, manifest.contentHash);
  state.local.add(ops);
  if (ops.some((op) => PLAN_ENTITIES.has(op.entity)))
    state.known = { ...state.known, programmes: programmesOfPlan(db, state.known.plan) };
  return { file: f.name, manifest, ops, ...signer, arrival, warnings };
}

/**
 * The signers of `files` this installation does not trust yet, one per key, with the files each
 * signed: what the user is asked about, sender by sender, before an import. Only authentic files
 * (signature and content hash proved) name a sender; any other refusal comes with the import.
 */
export function newSenders(
  db: Database,
  files: readonly BundleFile[],
  limits: BundleLimits = DEFAULT_LIMITS,
): NewSender[] {
  const found = new Map<string, NewSender>();
  for (const f of files) {
    const { manifest } = aboutFile(f.name, () => openBundle(f.bytes, limits));
    const { sender, publicKey } = manifest;
    if (
      db.identity?.installation === sender.installation ||
      db.sync.trusted.some((t) => t.signer === sender.installation)
    )
      continue;
    const print = fingerprint(publicKey);
    const known = found.get(print);
    if (known) known.files.push(f.name);
    else found.set(print, { sender, fingerprint: print, files: [f.name] });
  }
  return [...found.values()];
}

/**
 * Imports any number of bundle files. Every file is read and checked before anything changes; one
 * refusal refuses the whole import, naming the file and the check. Then, after a backup, all files
 * are applied in one save: operations merged, clock advanced past what was seen, new signers
 * trusted, sequence numbers and history recorded. A replayed bundle adds nothing and says so; an
 * import where every file is a replay is refused, leaving the database as it was.
 */
export async function importBundles(
  store: Pick<Store, 'read' | 'apply' | 'backup' | 'state'>,
  files: readonly BundleFile[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const db = store.read() as Database;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const state = {
    received: new ReceivedBundles(db),
    newlyTrusted: new Map<string, string>(),
    local: new OpsByRecord(db.ops),
    known: knownPlan(db),
  };
  const checked = files.map((f) => aboutFile(f.name, () => checkFile(db, f, limits, opts, state)));
  const taken = checked.filter((c) => c.arrival !== 'declined');
  if (taken.length > 0 && taken.every((c) => c.arrival === 'replay')) {
    const c = taken[0]!;
    aboutFile(c.file, () => refuse('replay', { signer: c.manifest.sender.name, seq: c.manifest.seq }));
  }
  const now = (opts.now ?? Date.now)();
  const at = new Date(now).toISOString();
  // Every file declined: nothing changes, and the summary says why.
  if (taken.length === 0) return { files: checked.map((c) => summaryOf(c)), backup: null };
  const backup = await store.backup('import');
  const summaries: ImportedFile[] = [];
  // Built from the current state without copying it: only the operations and the sync bookkeeping
  // change, and a copy of the whole database would cost more than the import.
  await store.apply((current) => {
    summaries.length = 0;
    const broughtBy = new Map<Operation, ImportedFile>();
    for (const c of checked) {
      const summary = summaryOf(c);
      summaries.push(summary);
      // The first file to bring an operation is the one it is new for, should two files share the object.
      for (const op of c.ops ?? []) if (!broughtBy.has(op)) broughtBy.set(op, summary);
    }
    // One merge for all files, in file order, so an operation two files carry is new for the first.
    const merged = mergeOps(current.ops, broughtBy.keys());
    const addedBy = new Map<Hlc, ImportedFile>();
    let latest: Hlc | null = null;
    for (const op of merged.added) {
      const summary = broughtBy.get(op)!;
      summary.new++;
      summary.known--;
      addedBy.set(op.hlc, summary);
      if (latest === null || op.hlc > latest) latest = op.hlc;
    }
    // Each conflict that involves an operation just added counts for the file that brought it (once per file).
    for (const conflict of conflictsOfRecords(merged.ops, merged.added)) {
      const involved = new Set(
        [conflict.winner, ...conflict.losers].map((c) => addedBy.get(c.hlc)).filter((f) => f !== undefined),
      );
      for (const f of involved) f.conflicts++;
    }
    const trusted = [...current.sync.trusted];
    const lastSeq = { ...current.sync.lastSeq };
    const history = [...current.sync.history];
    checked.forEach((c, i) => {
      if (c.arrival === 'replay' || c.arrival === 'declined') return;
      const summary = summaries[i]!;
      const { sender, publicKey } = c.manifest;
      const known = trusted.findIndex((t) => t.signer === sender.installation);
      if (c.newSigner && known === -1) {
        trusted.push({
          signer: sender.installation,
          publicKey,
          fingerprint: c.fingerprint,
          since: at,
          role: sender.role,
          country: sender.country,
          groups: [...sender.groups],
        });
      } else if (known !== -1 && trusted[known]!.groups === undefined) {
        // Trusted by an earlier version, which kept no groups: they are pinned from this bundle on.
        trusted[known] = { ...trusted[known]!, groups: [...sender.groups] };
      }
      lastSeq[sender.installation] = Math.max(lastSeq[sender.installation] ?? 0, c.manifest.seq);
      const entry: HistoryEntry = {
        direction: 'received',
        file: c.file,
        at,
        programme: c.manifest.programme,
        sender,
        fingerprint: c.fingerprint,
        seq: c.manifest.seq,
        contentHash: c.manifest.contentHash,
        createdAt: c.manifest.createdAt,
        consolidated: c.manifest.scope.consolidated,
        ops: summary.ops,
        new: summary.new,
        known: summary.known,
        conflicts: summary.conflicts,
      };
      history.push(entry);
    });
    return {
      ...current,
      ops: merged.ops,
      // The clock goes past every stamp seen once it goes past the greatest: stamps sort as they advance it.
      clock: latest === null ? current.clock : observe(current.clock, latest),
      sync: { ...current.sync, trusted, lastSeq, history },
    };
  });
  return { files: summaries, backup };
}

/** What a checked file brings, before the merge counts what is new in it. */
function summaryOf(c: Checked): ImportedFile {
  const ops = c.manifest.opCount;
  return {
    file: c.file,
    sender: c.manifest.sender,
    fingerprint: c.fingerprint,
    seq: c.manifest.seq,
    status: c.arrival === 'new' ? 'imported' : c.arrival,
    ops,
    new: 0,
    known: c.arrival === 'declined' ? 0 : ops,
    conflicts: 0,
    newSigner: c.newSigner,
    warnings: c.warnings,
  };
}
