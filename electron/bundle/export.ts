import { crc32 } from 'node:zlib';
import type { Database } from '../../shared/model/database';
import type { Programme } from '../../shared/model/programme';
import type { Operation } from '../../shared/model/ops';
import type { Identity } from '../../shared/model/records';
import { currentProgramme } from '../../shared/domain/currentProgramme';
import { countryName } from '../../shared/domain/lookup';
import { changeLabel } from '../../shared/domain/recordLabel';
import { fold } from '../../shared/sync/fold';
import { programmeOfOp, scopeViolations } from '../../shared/sync/scope';
import { restampAhead } from '../../shared/sync/restamp';
import type { Store } from '../store';
import { refuse } from './failure';
import { lastSent, type HistoryEntry } from '../../shared/sync/history';
import { ensureKeys, fingerprint, sha256Bytes, signBytes } from './keys';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Manifest } from './manifest';
import { manifestBytes } from './read';
import { deflateOps, writeZip } from './zip';

export interface ExportOptions {
  /** Everything this installation may send, not only what changed since its last bundle. */
  all?: boolean;
  /** Defaults to the programme of the sender's first group, else the newest programme held. */
  programme?: string;
  /** The file name the bundle will have, for the history; a name is made up when not given. */
  fileName?: string;
  now?: () => number;
}

export interface ExportResult {
  bytes: Uint8Array;
  manifest: Manifest;
  fileName: string;
  fingerprint: string;
}

/**
 * The programme of the sender's first group, else the current programme (shared/domain/currentProgramme.ts),
 * else, on a computer whose clock is set before every programme, the newest one: an export never fails for the date.
 */
function defaultProgramme(identity: Identity, programmes: readonly Programme[], now: number): string {
  const fromGroup = identity.groups[0]?.split('/')[0];
  if (fromGroup) return fromGroup;
  const current =
    currentProgramme(programmes, new Date(now)) ??
    [...programmes].sort((a, b) => (a.start < b.start ? 1 : -1))[0];
  if (!current) return refuse('other-programme', { programme: '-', file: '-' });
  return current.id;
}

/**
 * What a bundle carries. A focal point or coordinator sends only what its own installation authored
 * (what it received from others is theirs to send); the secretariat sends everything it holds, each
 * operation with its original author, which is what makes its bundle the consolidated one.
 */
function opsToSend(db: Database, identity: Identity, programme: string, all: boolean): Operation[] {
  const start = all ? 0 : Math.min(lastSent(db, { programme })?.opIndex ?? 0, db.ops.length);
  const folded = fold(db.ops);
  const consolidated = identity.role === 'secretariat';
  return db.ops.slice(start).filter((op) => {
    if (!consolidated && op.site !== identity.installation) return false;
    const p = programmeOfOp(folded, op);
    return p === programme || (consolidated && p === null);
  });
}

/** How many changes an export of "changes since the last bundle" would carry now. */
export function unsentCount(db: Database, programmes: readonly Programme[], programme?: string): number {
  const identity = db.identity;
  if (!identity || programmes.length === 0) return 0;
  return opsToSend(db, identity, programme ?? defaultProgramme(identity, programmes, Date.now()), false)
    .length;
}

/**
 * Makes a signed bundle and records it (sequence number, history) before returning its bytes, so a
 * sequence number is never handed out twice even if writing the file then fails. Refuses, like an
 * importer would, to sign anything outside the sender's role.
 */
export async function exportBundle(
  store: Pick<Store, 'read' | 'update' | 'apply' | 'state'>,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  const keys = await ensureKeys(store);
  // Edits made while the clock ran ahead would be refused by every importer: stamped again first.
  await store.apply((current) => restampAhead(current, (opts.now ?? Date.now)()) ?? current);
  const db = store.read() as Database;
  const identity = db.identity;
  if (!identity) refuse('no-identity');
  const { programmes } = store.state();
  const programme = opts.programme ?? defaultProgramme(identity, programmes, (opts.now ?? Date.now)());
  const seq = db.sync.exportSeq + 1;
  const fileName =
    opts.fileName ??
    `${programme}-${identity.country ?? identity.role}-${String(seq).padStart(4, '0')}${BUNDLE_EXTENSION}`;
  if (!programmes.some((p) => p.id === programme)) refuse('other-programme', { programme, file: fileName });
  const ops = opsToSend(db, identity, programme, opts.all ?? false);
  const sending = new Set(ops);
  const before = db.ops.filter((op) => !sending.has(op));
  const violations = scopeViolations(identity, ops, {
    programme,
    programmes,
    localOps: before,
  });
  if (violations.length > 0) {
    const v = violations[0]!;
    refuse('out-of-scope', {
      file: fileName,
      signer: identity.name,
      role: identity.role,
      count: violations.length,
      entity: v.entity,
      key: v.key,
      record: changeLabel(
        ops.find((op) => op.hlc === v.hlc)!,
        store.state().folded,
        (iso3) => countryName(db.countries, iso3, identity.lang),
      ),
      reason: v.reason,
    });
  }
  const now = (opts.now ?? Date.now)();
  const opsJson = new TextEncoder().encode(JSON.stringify(ops));
  const deflated = deflateOps(opsJson);
  const { name, email, role, country, groups, installation } = identity;
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    programme,
    sender: { name, email, role, country, groups, installation },
    publicKey: keys.publicKey,
    seq,
    createdAt: new Date(now).toISOString(),
    scope: { kind: opts.all ? 'all' : 'changes', consolidated: role === 'secretariat' },
    opCount: ops.length,
    contentHash: `sha256:${sha256Bytes(deflated)}`,
  };
  const manifestText = manifestBytes(manifest);
  const bytes = writeZip(
    manifestText,
    deflated,
    opsJson.length,
    crc32(opsJson),
    signBytes(keys.privateKey, manifestText),
  );
  const print = fingerprint(keys.publicKey);
  await store.update((draft) => {
    draft.sync.exportSeq = seq;
    const last = ops.at(-1);
    if (last && (draft.sync.lastExportHlc === null || last.hlc > draft.sync.lastExportHlc))
      draft.sync.lastExportHlc = last.hlc;
    const entry: HistoryEntry = {
      direction: 'sent',
      file: fileName,
      at: manifest.createdAt,
      programme,
      sender: manifest.sender,
      fingerprint: print,
      seq,
      createdAt: manifest.createdAt,
      consolidated: manifest.scope.consolidated,
      ops: ops.length,
      new: 0,
      known: 0,
      conflicts: 0,
      opIndex: db.ops.length,
    };
    draft.sync.history.push(entry);
  });
  return { bytes, manifest, fileName, fingerprint: print };
}
