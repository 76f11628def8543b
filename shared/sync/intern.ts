import type { JsonValue, Operation } from '../model/ops';
import type { Author } from '../model/records';

/** An Author's keys in the order the app writes them; only objects with exactly these are shared. */
const AUTHOR_KEYS = ['name', 'email', 'country', 'role'] as const;

/**
 * True when `v` is an author as the app writes one: exactly the four keys, in that order, with their
 * types. The order matters because a shared object must serialize to the same bytes as the one it replaces.
 */
function isAuthor(v: unknown): v is Author {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  let i = 0;
  for (const key in v) if (key !== AUTHOR_KEYS[i++]) return false;
  const a = v as Record<string, unknown>;
  return (
    i === AUTHOR_KEYS.length &&
    typeof a.name === 'string' &&
    typeof a.email === 'string' &&
    (a.country === null || typeof a.country === 'string') &&
    typeof a.role === 'string'
  );
}

/**
 * Shares the parts that operations read from a file repeat: every operation from one installation
 * carries the same author object and installation id, and a report's `author` (a review's `by`)
 * repeats them once more in its fields. Parsed JSON makes a fresh copy of each for every operation,
 * about 300 bytes a time, a third of what 100,000 operations hold; sharing one object per distinct
 * value leaves the operations deep-equal to what was read. Safe because nothing mutates an
 * operation once it is read (edits are new operations).
 */
export class OperationPool {
  /** Authors by name, then the few that share a name. */
  readonly #authors = new Map<string, Author[]>();
  readonly #sites = new Map<string, string>();

  #author<T extends Author>(author: T): T {
    const same = this.#authors.get(author.name);
    if (same === undefined) {
      this.#authors.set(author.name, [author]);
      return author;
    }
    for (const held of same)
      if (held.email === author.email && held.country === author.country && held.role === author.role)
        return held as T;
    same.push(author);
    return author;
  }

  /** Replaces `op`'s repeated parts, in place, by the pool's copies; returns `op`. */
  share(op: Operation): Operation {
    const site = this.#sites.get(op.site);
    if (site === undefined) this.#sites.set(op.site, op.site);
    else op.site = site;
    if (isAuthor(op.author)) op.author = this.#author(op.author);
    const fields: Record<string, JsonValue> = op.fields;
    for (const name in fields) {
      const value = fields[name];
      if (isAuthor(value)) fields[name] = this.#author(value);
    }
    return op;
  }
}

/** `ops` with their repeated parts shared (see OperationPool), in place; returns `ops`. */
export function shareRepeats<T extends Operation[]>(ops: T): T {
  const pool = new OperationPool();
  for (const op of ops) pool.share(op);
  return ops;
}
