import type { syncApi } from '../../shared/api/sync';
import { historyOf } from '../../shared/sync/history';
import { intakeOf } from '../../shared/sync/intake';
import { exportBundle, unsentCount } from '../bundle/export';
import { ensureKeys, fingerprint } from '../bundle/keys';
import { fail } from '../../shared/errors';
import type { Recipient } from '../../shared/api/sync';
import { importBundles, newSenders, type BundleFile } from '../bundle/import';
import { conflictSubjects, listConflicts, resolveConflict, setReview } from '../sync/decisions';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';

/** The secretariat this installation last received a consolidated bundle from: whom to mail the next bundle to. */
function secretariatEmail(store: HandlerStore): string | null {
  const last = historyOf(store.read())
    .filter((e) => e.direction === 'received' && e.consolidated)
    .at(-1);
  return last?.sender.email ?? null;
}

/** Everyone who sent this installation a bundle, once each by address, by name. */
function recipients(store: HandlerStore): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  for (const e of historyOf(store.read())) {
    if (e.direction === 'received' && e.sender.email !== '')
      byEmail.set(e.sender.email, { name: e.sender.name, email: e.sender.email, country: e.sender.country });
  }
  return [...byEmail.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function syncHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof syncApi> {
  return {
    async 'bundle.outbox'() {
      const keys = await ensureKeys(store);
      const db = store.read();
      return {
        unsent: unsentCount(db, store.state().programmes),
        fingerprint: fingerprint(keys.publicKey),
        secretariatEmail: secretariatEmail(store),
        recipients: db.identity?.role === 'secretariat' ? recipients(store) : [],
      };
    },

    async 'bundle.export'(input) {
      // An empty bundle sent by mail would only make the secretariat open a file with nothing in it.
      if (!input.all && unsentCount(store.read(), store.state().programmes, input.programmeId) === 0)
        fail('bundle-nothing-new', 'sync:errors.nothing-new');
      const result = await exportBundle(store, {
        all: input.all,
        now: ctx.now,
        ...(input.programmeId ? { programme: input.programmeId } : {}),
      });
      return {
        fileName: result.fileName,
        mimeType: 'application/vnd.cea.bundle+zip',
        base64: Buffer.from(result.bytes).toString('base64'),
        seq: result.manifest.seq,
        ops: result.manifest.opCount,
        consolidated: result.manifest.scope.consolidated,
        fingerprint: result.fingerprint,
        secretariatEmail: secretariatEmail(store),
      };
    },

    async 'bundle.import'(input) {
      const files = input.files.map(bundleFileOf);
      const summary = await importBundles(store, files, {
        trustNew: input.trustNew,
        trust: input.trust,
        decline: input.decline,
        now: ctx.now,
      });
      return { files: summary.files };
    },

    async 'bundle.senders'(input) {
      return newSenders(store.read(), input.files.map(bundleFileOf));
    },

    async 'bundle.history'() {
      return historyOf(store.read())
        .map(({ opIndex: _opIndex, ...entry }) => entry)
        .reverse();
    },

    async 'conflicts.list'() {
      return listConflicts(store.read());
    },

    async 'conflicts.subjects'() {
      const db = store.read();
      return conflictSubjects(db, db.identity);
    },

    async 'conflicts.resolve'(input) {
      await resolveConflict(store, input.conflictId, input.chosen);
      return { resolved: input.conflictId };
    },

    async 'review.set'(input) {
      return setReview(store, input, ctx.now);
    },

    async 'intake.get'(input) {
      return intakeOf(store.read(), store.state().programmes, input.programmeId, input.since);
    },
  };
}

function bundleFileOf(f: { name: string; bytesBase64: string }): BundleFile {
  return { name: f.name, bytes: new Uint8Array(Buffer.from(f.bytesBase64, 'base64')) };
}
