import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as Y from 'yjs';
import type { Operation } from '../../../shared/model';
import { figure, type Figures } from '../figures';
import { MERGE_OPS } from './merge';

async function readLines(file: string): Promise<Operation[]> {
  const out: Operation[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line) out.push(JSON.parse(line) as Operation);
  return out;
}

/** One edit as a Yjs transaction: each field a last-writer-wins entry of its entity's map, as the fold reads it. */
function apply(doc: Y.Doc, op: Operation): void {
  doc.transact(() => {
    const map = doc.getMap(op.entity);
    for (const [field, value] of Object.entries(op.fields)) map.set(`${op.key}\u0000${field}`, value);
  });
}

/**
 * The updates a Yjs user would exchange for the merge input: each installation a Yjs client making its
 * own edits in the order it made them. A Yjs state cannot hold a client's later edit without its earlier
 * ones, so the secretariat holds the first edits of each installation, as many as it holds in the app's
 * merge (half), instead of every other one.
 */
function updatesOf(incoming: Operation[], held: Operation[]): { held: Uint8Array; incoming: Uint8Array } {
  const bySite = new Map<string, Operation[]>();
  for (const op of incoming) {
    const list = bySite.get(op.site);
    if (list) list.push(op);
    else bySite.set(op.site, [op]);
  }
  const heldPerSite = new Map<string, number>();
  for (const op of held) heldPerSite.set(op.site, (heldPerSite.get(op.site) ?? 0) + 1);
  const heldUpdates: Uint8Array[] = [];
  const fullUpdates: Uint8Array[] = [];
  [...bySite.values()].forEach((ops, i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    const sorted = [...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
    const keep = heldPerSite.get(sorted[0]?.site ?? '') ?? 0;
    sorted.forEach((op, n) => {
      if (n === keep) heldUpdates.push(Y.encodeStateAsUpdate(doc));
      apply(doc, op);
    });
    if (keep >= sorted.length) heldUpdates.push(Y.encodeStateAsUpdate(doc));
    fullUpdates.push(Y.encodeStateAsUpdate(doc));
    doc.destroy();
  });
  return { held: Y.mergeUpdates(heldUpdates), incoming: Y.mergeUpdates(fullUpdates) };
}

/**
 * Yjs merging the same 100,000 edits as the merge task (written by its prepare step): the consolidated
 * update applied to the secretariat's document, then the visible state read out, as merge + fold.
 */
export async function yjsMergeTask(args: { dir: string }): Promise<Figures> {
  const held = await readLines(join(args.dir, 'merge-held.ndjson'));
  const incoming = await readLines(join(args.dir, 'merge-incoming.ndjson'));
  const updates = updatesOf(incoming, held);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, updates.held);
  globalThis.gc?.();
  const t0 = performance.now();
  Y.applyUpdate(doc, updates.incoming);
  const state = Object.fromEntries(
    [...doc.share.keys()].map((entity) => [entity, doc.getMap(entity).toJSON()]),
  );
  const ms = performance.now() - t0;
  const entries = Object.values(state).reduce((n, m) => n + Object.keys(m).length, 0);
  if (incoming.length !== MERGE_OPS)
    throw new Error(`the merge input has ${incoming.length} edits, not ${MERGE_OPS}`);
  const note = `${incoming.length} edits from ${new Set(incoming.map((op) => op.site)).size} clients, ${held.length} held; ${entries} field entries; update of ${(updates.incoming.length / 1e6).toFixed(1)} MB`;
  return {
    merge_yjs: figure(`Yjs peer: merge + read of the same ${MERGE_OPS} edits`, ms, 'ms', null, {}, note),
  };
}
