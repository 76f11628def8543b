import type { Entity, Hlc, JsonValue, Operation } from '../model/ops';

export interface FieldValue {
  value: JsonValue;
  hlc: Hlc;
}

/**
 * Field names in the order they first arrived at a record. One shape serves every record whose fields
 * arrived in that order (records of one entity nearly all do), so a record need not hold its own names.
 */
class Shape {
  readonly #index: Map<string, number>;
  readonly #next = new Map<string, Shape>();

  constructor(readonly names: readonly string[]) {
    this.#index = new Map(names.map((name, i) => [name, i]));
  }

  indexOf(name: string): number {
    return this.#index.get(name) ?? -1;
  }

  /** This shape and one more name, the same object each time it is asked for. */
  with(name: string): Shape {
    let next = this.#next.get(name);
    if (next === undefined) {
      next = new Shape([...this.names, name]);
      this.#next.set(name, next);
    }
    return next;
  }
}

/**
 * One record's fields: for each name, the operation whose value wins. A record holds its shape and
 * the winning operations, not a Map of `{ value, hlc }` entries: those cost about a kilobyte a record,
 * the largest part of a 100,000-operation merge's memory, while the operations are held anyway. A
 * record only one operation wrote (most of them) holds just that operation. `get` makes the
 * FieldValue when asked.
 */
export class RecordFields implements Iterable<[string, FieldValue]> {
  #shape: Shape;
  /** The operation that wrote every field so far, or else each field's winner in the shape's order. */
  #won: Operation | Operation[];

  constructor(empty: Shape, first: Operation) {
    this.#shape = empty;
    this.#won = first;
    this.apply(first);
  }

  get size(): number {
    return this.#shape.names.length;
  }

  has(name: string): boolean {
    return this.#shape.indexOf(name) !== -1;
  }

  get(name: string): FieldValue | undefined {
    const at = this.#shape.indexOf(name);
    return at === -1 ? undefined : this.#entry(at)[1];
  }

  /** The winning value alone, without making a FieldValue. */
  value(name: string): JsonValue | undefined {
    const at = this.#shape.indexOf(name);
    return at === -1 ? undefined : this.#winner(at).fields[name];
  }

  /** Every field but `deleted` as a plain object, read straight from the winners. */
  toObject(): Record<string, JsonValue> {
    const won = this.#won;
    // One writer: its fields are the record's, in the same order.
    if (!Array.isArray(won) && !Object.hasOwn(won.fields, 'deleted')) return { ...won.fields };
    const out: Record<string, JsonValue> = {};
    const names = this.#shape.names;
    for (let at = 0; at < names.length; at++) {
      const name = names[at]!;
      if (name !== 'deleted') out[name] = this.#winner(at).fields[name] as JsonValue;
    }
    return out;
  }

  keys(): IterableIterator<string> {
    return this.#shape.names.values();
  }

  *[Symbol.iterator](): IterableIterator<[string, FieldValue]> {
    for (let at = 0; at < this.#shape.names.length; at++) yield this.#entry(at);
  }

  /** Last writer wins per field: `op` takes each field it writes whose current value has an older stamp. */
  apply(op: Operation): void {
    for (const name of Object.keys(op.fields)) {
      const at = this.#shape.indexOf(name);
      if (at === -1) {
        if (this.#won !== op) this.#perField().push(op);
        this.#shape = this.#shape.with(name);
      } else if (this.#winner(at).hlc < op.hlc) {
        this.#perField()[at] = op;
      }
    }
  }

  #winner(at: number): Operation {
    const won = this.#won;
    return Array.isArray(won) ? won[at]! : won;
  }

  #entry(at: number): [string, FieldValue] {
    const name = this.#shape.names[at]!;
    const op = this.#winner(at);
    return [name, { value: op.fields[name] as JsonValue, hlc: op.hlc }];
  }

  /** The winners one per field, made so when a second operation first takes or adds a field. */
  #perField(): Operation[] {
    const won = this.#won;
    if (Array.isArray(won)) return won;
    const winners = this.#shape.names.map(() => won);
    this.#won = winners;
    return winners;
  }
}

/** entity -> key -> field -> winning value. */
export type Folded = Record<Entity, Map<string, RecordFields>>;

/** The empty shape each fold's records start from; kept per fold so that a fold's shapes go with it. */
const roots = new WeakMap<Folded, Shape>();

export function emptyFolded(): Folded {
  return {
    progress: new Map(),
    review: new Map(),
    budget: new Map(),
    activity: new Map(),
    contribution: new Map(),
    meeting: new Map(),
    programme: new Map(),
    group: new Map(),
  };
}

/** Apply operations in any order: last writer wins per field, ties broken by the stamp's installation id. */
export function foldInto(folded: Folded, ops: Iterable<Operation>): Folded {
  let root = roots.get(folded);
  if (root === undefined) {
    root = new Shape([]);
    roots.set(folded, root);
  }
  for (const op of ops) {
    const byKey = folded[op.entity];
    const fields = byKey.get(op.key);
    if (fields) fields.apply(op);
    else byKey.set(op.key, new RecordFields(root, op));
  }
  return folded;
}

export function fold(ops: Iterable<Operation>): Folded {
  return foldInto(emptyFolded(), ops);
}

/** A record's current fields as a plain object, or null when it was deleted or never existed. */
export function recordOf(fields: RecordFields | undefined): Record<string, JsonValue> | null {
  if (!fields || fields.value('deleted') === true) return null;
  return fields.toObject();
}
