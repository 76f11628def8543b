import type { Author } from '../model/records';
import type { Change, Entity, Hlc, JsonValue, Operation } from '../model/ops';
import { fail } from '../errors';
import { canonicalJson } from './canonical';
import { wallOf } from './hlc';

export interface ConflictCandidate {
  hlc: Hlc;
  site: string;
  /** Who made this side's decision, as the operation records it. */
  author: Author;
  /** When it was made: the stamp's time, in milliseconds. */
  at: number;
  /** The value this side holds: one field's value, or the object of the fields a decision sets together. */
  value: JsonValue;
}

/**
 * Two or more people's latest decisions on one value, made without seeing each other, at different
 * installations, that differ. A value is what a person decides at once: a review (outcome, comment,
 * reviewer and time together), a line of planned financing, an activity's schedule (planned start and
 * end together), or one field (a status, a percent). `winner` is the side the fold applied; the others
 * are kept in the log and listed here until someone who may decide resolves the conflict. Each side is its author's latest value: an
 * earlier value its own author replaced is no side at all.
 */
export interface Conflict {
  id: string;
  entity: Entity;
  key: string;
  /** The value in conflict: a field's name, or `schedule` (planned start and end), `review`, `line`. */
  field: string;
  /** The stamp the winning side was looking at (null: none). */
  prev: Hlc | null;
  winner: ConflictCandidate;
  losers: ConflictCandidate[];
}

/** The entities whose fields make one value together: a review or a financing line is decided whole. */
const WHOLE: Partial<Record<Entity, string>> = { review: 'review', contribution: 'line' };
/** Fields decided together within a record: a reschedule sets an activity's planned start and end at once. */
const JOINT: Partial<Record<Entity, Readonly<Record<string, string>>>> = {
  activity: { plannedStart: 'schedule', plannedEnd: 'schedule' },
};

/** The value a field belongs to: the whole record, a joint value, or the field alone. */
export function unitOf(entity: Entity, field: string): string {
  return WHOLE[entity] ?? JOINT[entity]?.[field] ?? field;
}

/** Whether a value is made of several fields (an object of them), not one field's value. */
function isComposite(entity: Entity, unit: string): boolean {
  return WHOLE[entity] === unit || Object.values(JOINT[entity] ?? {}).includes(unit);
}

/** The fields a side's value sets: those of a composite value, else the one field. */
export function fieldsOfValue(entity: Entity, unit: string, value: JsonValue): string[] {
  return isComposite(entity, unit) && value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.keys(value)
    : [unit];
}

function unitsOf(op: Operation): string[] {
  return [...new Set(Object.keys(op.fields).map((field) => unitOf(op.entity, field)))];
}

function fieldsOf(op: Operation, unit: string): string[] {
  return Object.keys(op.fields).filter((field) => unitOf(op.entity, field) === unit);
}

function valueOf(op: Operation, unit: string): JsonValue {
  if (!isComposite(op.entity, unit)) return op.fields[unit] ?? null;
  return Object.fromEntries(fieldsOf(op, unit).map((field) => [field, op.fields[field] ?? null]));
}

function prevOf(op: Operation, unit: string): Hlc | null {
  for (const field of fieldsOf(op, unit)) if (op.prev[field]) return op.prev[field];
  return null;
}

function candidateOf(op: Operation, unit: string): ConflictCandidate {
  return { hlc: op.hlc, site: op.site, author: op.author, at: wallOf(op.hlc), value: valueOf(op, unit) };
}

/** Stable id of a conflict: the value and the winning side's stamp. */
export function conflictId(entity: Entity, key: string, field: string, winner: Hlc): string {
  return `${entity}|${key}|${field}|${winner}`;
}

const MIXED = Symbol('edited at several installations');

/**
 * For each record, the one installation that edited it, or MIXED. A conflict needs edits of one
 * value from two installations, and nearly every record has one author: telling them apart first
 * spares grouping every field of the log.
 */
function contestedRecords(ops: readonly Operation[]): Map<Entity, Map<string, string | typeof MIXED>> {
  const sites = new Map<Entity, Map<string, string | typeof MIXED>>();
  for (const op of ops) {
    let byKey = sites.get(op.entity);
    if (!byKey) sites.set(op.entity, (byKey = new Map<string, string | typeof MIXED>()));
    const site = byKey.get(op.key);
    if (site === undefined) byKey.set(op.key, op.site);
    else if (site !== op.site) byKey.set(op.key, MIXED);
  }
  return sites;
}

/**
 * The conflict on one value, from the operations that wrote it. The sides are its heads, the values
 * nobody replaced knowingly (no operation names them as its `prev`): the latest head wins, and every
 * other head from another installation with another value is in conflict with it. A resolution names
 * each side as its `prev` (see resolutionChanges), so once made no side is left.
 */
function conflictOf(unitOps: readonly Operation[], unit: string): Conflict | null {
  const replaced = new Set<Hlc>();
  for (const op of unitOps) {
    const prev = prevOf(op, unit);
    if (prev !== null) replaced.add(prev);
  }
  const heads = unitOps
    .filter((op) => !replaced.has(op.hlc))
    .sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
  const winner = heads[0];
  if (!winner || heads.length < 2) return null;
  const winning = canonicalJson(valueOf(winner, unit));
  const losers = heads
    .slice(1)
    .filter((op) => op.site !== winner.site && canonicalJson(valueOf(op, unit)) !== winning);
  if (losers.length === 0) return null;
  return {
    id: conflictId(winner.entity, winner.key, unit, winner.hlc),
    entity: winner.entity,
    key: winner.key,
    field: unit,
    prev: prevOf(winner, unit),
    winner: candidateOf(winner, unit),
    losers: losers.map((op) => candidateOf(op, unit)),
  };
}

/** Conflicts among the operations, in a stable order: at most one per value of a record. */
export function findConflicts(ops: Iterable<Operation>): Conflict[] {
  const all = Array.isArray(ops) ? (ops as readonly Operation[]) : [...ops];
  const contested = contestedRecords(all);
  // entity|key|value -> the operations that wrote it.
  const byUnit = new Map<string, { unit: string; ops: Operation[] }>();
  for (const op of all) {
    if (contested.get(op.entity)?.get(op.key) !== MIXED) continue;
    for (const unit of unitsOf(op)) {
      const slot = `${op.entity}|${op.key}|${unit}`;
      const group = byUnit.get(slot);
      if (group) group.ops.push(op);
      else byUnit.set(slot, { unit, ops: [op] });
    }
  }
  const conflicts: Conflict[] = [];
  for (const { unit, ops: unitOps } of byUnit.values()) {
    const conflict = conflictOf(unitOps, unit);
    if (conflict) conflicts.push(conflict);
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
 * The changes that resolve a conflict by choosing one candidate's value (the winner's, to confirm it):
 * the chosen value once per side, each naming that side as what its author saw, the winner's last so
 * that it is stamped last and wins the fold. Committed like any edit, they travel in bundles and close
 * the conflict everywhere.
 */
export function resolutionChanges(conflict: Conflict, chosen: Hlc): Change[] {
  const candidate = [conflict.winner, ...conflict.losers].find((c) => c.hlc === chosen);
  if (!candidate)
    fail('conflict.not-a-candidate', 'sync:errors.not-a-candidate', { conflict: conflict.id, stamp: chosen });
  const fields: Record<string, JsonValue> = isComposite(conflict.entity, conflict.field)
    ? (candidate.value as Record<string, JsonValue>)
    : { [conflict.field]: candidate.value };
  const seeing = (side: ConflictCandidate): Change => ({
    entity: conflict.entity,
    key: conflict.key,
    fields,
    prev: Object.fromEntries(Object.keys(fields).map((f) => [f, side.hlc])),
  });
  return [...conflict.losers.map(seeing), seeing(conflict.winner)];
}
