import { Database, type Operation } from '../../shared/model';

/** Every part of the database but the operations: small, replaced whole when they change. */
export type PartKey = Exclude<keyof Database, 'ops'>;
export type DatabasePatch = { [K in PartKey]?: Database[K] };

export const PART_KEYS = Object.keys(Database.shape).filter((k): k is PartKey => k !== 'ops');

/**
 * What a save adds to the state before it: operations appended after the first `from`, and the
 * parts that now hold other values. Nearly every save is one of these, and writing just this is
 * what keeps a save's cost independent of the history's length.
 */
export interface Delta {
  from: number;
  ops: Operation[];
  set: DatabasePatch;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * How `next` differs from `prev`: null when it does not; 'rewrite' when an operation already held
 * was removed or replaced (a restore, or the rare merge of a forged duplicate), which only a whole
 * new file can express. Operations are immutable values, so a kept one is the very same object.
 */
export function deltaOf(prev: Database, next: Database): Delta | 'rewrite' | null {
  let ops: Operation[] = [];
  if (next.ops !== prev.ops) {
    if (next.ops.length < prev.ops.length) return 'rewrite';
    for (let i = 0; i < prev.ops.length; i++) if (next.ops[i] !== prev.ops[i]) return 'rewrite';
    ops = next.ops.slice(prev.ops.length);
  }
  const set: Record<string, unknown> = {};
  for (const key of PART_KEYS) if (!sameValue(prev[key], next[key])) set[key] = next[key];
  if (ops.length === 0 && Object.keys(set).length === 0) return null;
  return { from: prev.ops.length, ops, set };
}
