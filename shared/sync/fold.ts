import type { Entity, Hlc, JsonValue, Operation } from '../model/ops';

export interface FieldValue {
  value: JsonValue;
  hlc: Hlc;
}

/** entity -> key -> field -> winning value. */
export type Folded = Record<Entity, Map<string, Map<string, FieldValue>>>;

export function emptyFolded(): Folded {
  return { progress: new Map(), review: new Map(), budget: new Map(), activity: new Map(), contribution: new Map() };
}

/** Apply operations in any order: last writer wins per field, ties broken by the stamp's installation id. */
export function foldInto(folded: Folded, ops: Iterable<Operation>): Folded {
  for (const op of ops) {
    const byKey = folded[op.entity];
    let fields = byKey.get(op.key);
    if (!fields) {
      fields = new Map();
      byKey.set(op.key, fields);
    }
    for (const [name, value] of Object.entries(op.fields)) {
      const current = fields.get(name);
      if (!current || current.hlc < op.hlc) fields.set(name, { value, hlc: op.hlc });
    }
  }
  return folded;
}

export function fold(ops: Iterable<Operation>): Folded {
  return foldInto(emptyFolded(), ops);
}

/** A record's current fields as a plain object, or null when it was deleted or never existed. */
export function recordOf(fields: Map<string, FieldValue> | undefined): Record<string, JsonValue> | null {
  if (!fields) return null;
  if (fields.get('deleted')?.value === true) return null;
  const out: Record<string, JsonValue> = {};
  for (const [name, fv] of fields) if (name !== 'deleted') out[name] = fv.value;
  return out;
}
