import { ENTITIES, HLC_PATTERN, SITE_PATTERN } from './ops';
import { ISO3_PATTERN } from './programme';
import { ROLES } from './records';

/**
 * What a valid operation is, checked where operations enter (a file loaded, a bundle read, a save):
 * the `Operation` schema of ops.ts, by hand, as zod's recursive JsonValue union costs about four times
 * as much, which a 10x load would feel; tests/store/checkOperation.test.ts proves both accept the same.
 *
 * Two limits go beyond the schema, so that a crafted file or bundle cannot exhaust the stack or make
 * fields rewrite an object's prototype when folded: JSON nesting and size, and `__proto__` keys.
 */
export const MAX_JSON_DEPTH = 64;
export const MAX_JSON_NODES = 100_000;

const OPERATION_KEYS = new Set(['hlc', 'site', 'author', 'entity', 'key', 'fields', 'prev']);
const AUTHOR_KEYS = new Set(['name', 'email', 'country', 'role']);
const ENTITY_SET: ReadonlySet<unknown> = new Set(ENTITIES);
const ROLE_SET: ReadonlySet<unknown> = new Set(ROLES);

/**
 * A failed check: where, as keys below the operation, and what. The path is built only on failure,
 * outward as the walk unwinds: building it for every value would cost more than the checks.
 */
class Issue {
  constructor(
    readonly message: string,
    readonly path: ReadonlyArray<string | number> = [],
  ) {}

  under(key: string | number): Issue {
    return new Issue(this.message, [key, ...this.path]);
  }
}

/** What z.object accepts: any non-null, non-array object. */
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What z.record accepts: an object made by `{}`, JSON.parse or Object.create(null), not a class instance. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function strictKeys(v: Record<string, unknown>, allowed: ReadonlySet<string>): Issue | null {
  for (const key in v) if (!allowed.has(key)) return new Issue('unrecognized key').under(key);
  return null;
}

function string(v: unknown, min = 0, max = Infinity): Issue | null {
  if (typeof v !== 'string') return new Issue('expected string');
  if (v.length < min) return new Issue(`too short: at least ${min} characters`);
  if (v.length > max) return new Issue(`too long: at most ${max} characters`);
  return null;
}

function matching(v: unknown, pattern: RegExp, message: string): Issue | null {
  return string(v) ?? (pattern.test(v as string) ? null : new Issue(message));
}

/**
 * The record's keys, as z.record(z.string(), …) sees them: own enumerable ones, none a symbol; or
 * the issue with it. A `__proto__` key is refused: folding it into an object would replace its prototype.
 */
function recordKeys(v: unknown): string[] | Issue {
  if (!isPlainObject(v)) return new Issue('expected record');
  for (const sym of Object.getOwnPropertySymbols(v)) {
    if (Object.prototype.propertyIsEnumerable.call(v, sym)) return new Issue('expected string key');
  }
  const keys = Object.keys(v);
  for (const key of keys) if (key === '__proto__') return new Issue('reserved key').under(key);
  return keys;
}

/** Checks a JsonValue, counting values against MAX_JSON_NODES in `budget`. */
function json(v: unknown, depth: number, budget: { nodes: number }): Issue | null {
  if (--budget.nodes < 0) return new Issue(`too large: more than ${MAX_JSON_NODES} values`);
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(v) ? null : new Issue('expected a finite number');
    case 'object':
      break;
    default:
      return new Issue('expected a JSON value');
  }
  if (v === null) return null;
  if (depth >= MAX_JSON_DEPTH) return new Issue(`too deep: more than ${MAX_JSON_DEPTH} levels`);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const issue = json(v[i], depth + 1, budget);
      if (issue) return issue.under(i);
    }
    return null;
  }
  if (!isPlainObject(v)) return new Issue('expected a JSON value');
  return jsonRecord(v, depth, budget);
}

function jsonRecord(v: unknown, depth: number, budget: { nodes: number }): Issue | null {
  const keys = recordKeys(v);
  if (keys instanceof Issue) return keys;
  for (const key of keys) {
    const issue = json((v as Record<string, unknown>)[key], depth + 1, budget);
    if (issue) return issue.under(key);
  }
  return null;
}

function author(v: unknown): Issue | null {
  if (!isObject(v)) return new Issue('expected object');
  return (
    string(v.name, 1, 200)?.under('name') ??
    string(v.email, 0, 200)?.under('email') ??
    (v.country === null
      ? null
      : matching(v.country, ISO3_PATTERN, 'country must be an ISO 3166 alpha-3 code')?.under('country')) ??
    (ROLE_SET.has(v.role) ? null : new Issue(`expected one of ${ROLES.join('|')}`).under('role')) ??
    strictKeys(v, AUTHOR_KEYS)
  );
}

function prevStamps(v: unknown): Issue | null {
  const keys = recordKeys(v);
  if (keys instanceof Issue) return keys;
  for (const key of keys) {
    const stamp = (v as Record<string, unknown>)[key];
    if (stamp !== null) {
      const issue = matching(stamp, HLC_PATTERN, 'malformed clock stamp');
      if (issue) return issue.under(key);
    }
  }
  return null;
}

function issueOf(v: unknown): Issue | null {
  if (!isObject(v)) return new Issue('expected object');
  return (
    matching(v.hlc, HLC_PATTERN, 'malformed clock stamp')?.under('hlc') ??
    matching(v.site, SITE_PATTERN, 'malformed installation id')?.under('site') ??
    author(v.author)?.under('author') ??
    (ENTITY_SET.has(v.entity) ? null : new Issue(`expected one of ${ENTITIES.join('|')}`).under('entity')) ??
    string(v.key, 1, 200)?.under('key') ??
    jsonRecord(v.fields, 0, { nodes: MAX_JSON_NODES })?.under('fields') ??
    prevStamps(v.prev)?.under('prev') ??
    strictKeys(v, OPERATION_KEYS)
  );
}

/** Null when `v` is a valid Operation; otherwise `<path>: <what is wrong>`, the path below the operation. */
export function operationIssue(v: unknown): string | null {
  const issue = issueOf(v);
  return issue && `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

/** Null when every element is a valid Operation; otherwise the first issue, its path under `<prefix>.<index>`. */
export function operationsIssue(ops: readonly unknown[], prefix: string): string | null {
  for (let i = 0; i < ops.length; i++) {
    const issue = issueOf(ops[i]);
    if (issue) return `${[...(prefix === '' ? [] : [prefix]), i, ...issue.path].join('.')}: ${issue.message}`;
  }
  return null;
}
