import type { JsonValue, Operation } from '../model/ops';
import { canonicalJson } from './canonical';

export interface MergeResult {
  /** Existing operations followed by the new ones, in arrival order. */
  ops: Operation[];
  added: Operation[];
  /** Incoming operations that were already held (or repeated within the incoming list). */
  known: number;
}

/** An operation as JSON, for comparing two operations that claim the same stamp. */
function opText(op: Operation): string {
  return canonicalJson(op);
}

/**
 * Deep equality of two JSON values, whatever the key order. Nearly every repeated stamp carries the
 * very same body, and telling so this way allocates nothing, where canonical texts cost two
 * serializations per known operation: most of the time of a large merge.
 */
export function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i]!, b[i]!)) return false;
    return true;
  }
  let count = 0;
  for (const k in a) {
    const x = a[k];
    if (x === undefined) continue;
    // hasOwn: a member named like an inherited property (`__proto__`) must not read the prototype.
    const y = Object.hasOwn(b, k) ? b[k] : undefined;
    if (y === undefined || !sameJson(x, y)) return false;
    count++;
  }
  for (const k in b) if (b[k] !== undefined) count--;
  return count === 0;
}

/**
 * Union of operations by identity, the stamp: a stamp names one edit at one installation, so the same
 * stamp arriving twice (a replayed or consolidated bundle) is the same operation. Merging is therefore
 * idempotent and, since the fold is order-free, commutative. Two different bodies under one stamp can
 * only come from a forged or corrupted source; the one with the smaller canonical text is kept, on
 * every installation alike, so even that cannot make installations diverge.
 */
export function mergeOps(existing: readonly Operation[], incoming: Iterable<Operation>): MergeResult {
  const index = new Map<string, number>();
  const ops = existing.slice();
  ops.forEach((op, i) => index.set(op.hlc, i));
  const added: Operation[] = [];
  let known = 0;
  for (const op of incoming) {
    const at = index.get(op.hlc);
    if (at === undefined) {
      index.set(op.hlc, ops.length);
      ops.push(op);
      added.push(op);
      continue;
    }
    known++;
    const held = ops[at]!;
    if (held === op || sameJson(op, held)) continue;
    if (opText(op) < opText(held)) ops[at] = op;
  }
  return { ops, added, known };
}
