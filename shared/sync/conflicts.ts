import type { Author } from '../model/records';
import type { Change, Entity, Hlc, JsonValue, Operation } from '../model/ops';
import { fail } from '../errors';
import { canonicalJson } from './canonical';

export interface ConflictCandidate {
  hlc: Hlc;
  site: string;
  author: Author;
  value: JsonValue;
}

/**
 * Two or more edits of one field made without seeing each other (same `prev` for the field) at
 * different installations, with different values. `winner` is the candidate the fold applied; the
 * others are kept in the log and listed here until someone resolves the conflict.
 */
export interface Conflict {
  id: string;
  entity: Entity;
  key: string;
  field: string;
  prev: Hlc | null;
  winner: ConflictCandidate;
  losers: ConflictCandidate[];
}

function candidateOf(op: Operation, field: string): ConflictCandidate {
  return { hlc: op.hlc, site: op.site, author: op.author, value: op.fields[field] ?? null };
}

/** Stable id of a conflict: the field and the stamp every candidate was looking at. */
export function conflictId(entity: Entity, key: string, field: string, prev: Hlc | null): string {
  return `${entity}|${key}|${field}|${prev ?? '-'}`;
}

const MIXED = Symbol('edited at several installations');

/**
 * For each record, the one installation that edited it, or MIXED. A conflict needs edits of one
 * field from two installations, and nearly every record has one author: telling them apart first
 * spares grouping every field of the log.
 */
function contestedRecords(ops: readonly Operation[]): Map<Entity, Map<string, string | typeof MIXED>> {
  const sites = new Map<Entity, Map<string, string | typeof MIXED>>();
  for (const op of ops) {
    let byKey = sites.get(op.entity);
    if (!byKey) sites.set(op.entity, (byKey = new Map()));
    const site = byKey.get(op.key);
    if (site === undefined) byKey.set(op.key, op.site);
    else if (site !== op.site) byKey.set(op.key, MIXED);
  }
  return sites;
}

/**
 * Conflicts among the operations, in a stable order. A conflict counts as resolved once an operation
 * on the same field was made looking at the winning value (its `prev` for the field is the winner's
 * stamp): whoever made it saw the conflict's outcome and either confirmed it or chose another value.
 */
export function findConflicts(ops: Iterable<Operation>): Conflict[] {
  const all = Array.isArray(ops) ? (ops as readonly Operation[]) : [...ops];
  const contested = contestedRecords(all);
  // entity|key|field -> prev -> operations that edited the field from that prev.
  const byField = new Map<string, Map<Hlc | null, Operation[]>>();
  const seenPrevs = new Map<string, Set<Hlc>>();
  for (const op of all) {
    if (contested.get(op.entity)?.get(op.key) !== MIXED) continue;
    for (const field of Object.keys(op.fields)) {
      const slot = `${op.entity}|${op.key}|${field}`;
      const prev = op.prev[field] ?? null;
      let groups = byField.get(slot);
      if (!groups) byField.set(slot, (groups = new Map()));
      const group = groups.get(prev);
      if (group) group.push(op);
      else groups.set(prev, [op]);
      if (prev !== null) {
        let prevs = seenPrevs.get(slot);
        if (!prevs) seenPrevs.set(slot, (prevs = new Set()));
        prevs.add(prev);
      }
    }
  }
  const conflicts: Conflict[] = [];
  for (const [slot, groups] of byField) {
    for (const [prev, group] of groups) {
      if (group.length < 2) continue;
      const op0 = group[0]!;
      const field = slot.slice(op0.entity.length + op0.key.length + 2);
      const sites = new Set(group.map((o) => o.site));
      const values = new Set(group.map((o) => canonicalJson(o.fields[field] ?? null)));
      if (sites.size < 2 || values.size < 2) continue;
      const sorted = group.slice().sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
      const winner = sorted[0]!;
      if (seenPrevs.get(slot)?.has(winner.hlc)) continue;
      conflicts.push({
        id: conflictId(op0.entity, op0.key, field, prev),
        entity: op0.entity,
        key: op0.key,
        field,
        prev,
        winner: candidateOf(winner, field),
        losers: sorted.slice(1).map((o) => candidateOf(o, field)),
      });
    }
  }
  return conflicts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The conflicts that involve the records `changed` operations edit, found in the whole log `ops`:
 * after an import, only records it touched can have new conflicts, and grouping every field of the
 * log to find them would cost most of the import.
 */
export function conflictsOfRecords(ops: readonly Operation[], changed: Iterable<Operation>): Conflict[] {
  const keys = new Map<Entity, Set<string>>();
  for (const op of changed) {
    const set = keys.get(op.entity);
    if (set) set.add(op.key);
    else keys.set(op.entity, new Set([op.key]));
  }
  return keys.size === 0 ? [] : findConflicts(ops.filter((op) => keys.get(op.entity)?.has(op.key)));
}

/**
 * The change that resolves a conflict by choosing one candidate's value (the winner's, to confirm it).
 * Committed like any edit, it is stamped after the winner, so it wins the fold and travels in bundles.
 */
export function resolutionChange(conflict: Conflict, chosen: Hlc): Change {
  const candidate = [conflict.winner, ...conflict.losers].find((c) => c.hlc === chosen);
  if (!candidate) fail('conflict.not-a-candidate', 'sync:errors.not-a-candidate', { conflict: conflict.id, stamp: chosen });
  return { entity: conflict.entity, key: conflict.key, fields: { [conflict.field]: candidate.value } };
}
