import { ENTITIES, type JsonValue, type Operation } from '../model/ops';
import { canonicalJson } from './canonical';
import { fold, recordOf } from './fold';
import { sha256Hex } from './sha256';

/**
 * The merged state as one JSON value: for every entity (plan edits of activities and contributions,
 * progress reports, reviews, budget entries), every record key in order with its current fields, or
 * `{ deleted: true }` for a tombstone. Two installations that hold the same operations have the same
 * canonical state whatever order the operations arrived in.
 */
export function canonicalState(ops: Iterable<Operation>): JsonValue {
  const folded = fold(ops);
  const out: Record<string, JsonValue> = {};
  for (const entity of ENTITIES) {
    const records: Record<string, JsonValue> = {};
    for (const key of [...folded[entity].keys()].sort()) {
      records[key] = recordOf(folded[entity].get(key)) ?? { deleted: true };
    }
    out[entity] = records;
  }
  return out;
}

export function canonicalStateText(ops: Iterable<Operation>): string {
  return canonicalJson(canonicalState(ops));
}

/** SHA-256 of the canonical state, hex: what `state --hash` prints. */
export function stateHash(ops: Iterable<Operation>): string {
  return sha256Hex(canonicalStateText(ops));
}
