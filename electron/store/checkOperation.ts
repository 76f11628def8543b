import { ENTITIES, HLC_PATTERN, ISO3_PATTERN, ROLES, SITE_PATTERN } from '../../shared/model';

/**
 * The `Operation` schema of shared/model/ops.ts, checked by hand. Loading runs it over every
 * operation of the history, where zod's recursive JsonValue union costs several times JSON.parse
 * itself; tests/store/checkOperation.test.ts proves it accepts exactly what the schema accepts.
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

/** A failed check: where, as a path below the operation, and what. */
class Issue {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

function at(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
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

function strictKeys(v: Record<string, unknown>, allowed: ReadonlySet<string>, path: string): void {
  for (const key in v) if (!allowed.has(key)) throw new Issue(at(path, key), 'unrecognized key');
}

function string(v: unknown, path: string, min = 0, max = Infinity): string {
  if (typeof v !== 'string') throw new Issue(path, 'expected string');
  if (v.length < min) throw new Issue(path, `too short: at least ${min} characters`);
  if (v.length > max) throw new Issue(path, `too long: at most ${max} characters`);
  return v;
}

function matching(v: unknown, pattern: RegExp, path: string, message: string): void {
  if (!pattern.test(string(v, path))) throw new Issue(path, message);
}

/** The record's keys, as z.record(z.string(), …) sees them: own enumerable ones, none a symbol. */
function recordKeys(v: unknown, path: string): string[] {
  if (!isPlainObject(v)) throw new Issue(path, 'expected record');
  for (const sym of Object.getOwnPropertySymbols(v)) {
    if (Object.prototype.propertyIsEnumerable.call(v, sym)) throw new Issue(path, 'expected string key');
  }
  const keys = Object.keys(v);
  if (keys.includes('__proto__')) throw new Issue(at(path, '__proto__'), 'reserved key');
  return keys;
}

/** Walks a JsonValue, counting nodes against MAX_JSON_NODES in `budget`. */
function json(v: unknown, path: string, depth: number, budget: { nodes: number }): void {
  if (--budget.nodes < 0) throw new Issue(path, `too large: more than ${MAX_JSON_NODES} values`);
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(v)) throw new Issue(path, 'expected a finite number');
      return;
    case 'object':
      break;
    default:
      throw new Issue(path, 'expected a JSON value');
  }
  if (v === null) return;
  if (depth >= MAX_JSON_DEPTH) throw new Issue(path, `too deep: more than ${MAX_JSON_DEPTH} levels`);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) json(v[i], at(path, i), depth + 1, budget);
    return;
  }
  if (!isPlainObject(v)) throw new Issue(path, 'expected a JSON value');
  for (const key of recordKeys(v, path)) json(v[key], at(path, key), depth + 1, budget);
}

function author(v: unknown, path: string): void {
  if (!isObject(v)) throw new Issue(path, 'expected object');
  string(v.name, at(path, 'name'), 1, 200);
  string(v.email, at(path, 'email'), 0, 200);
  if (v.country !== null) matching(v.country, ISO3_PATTERN, at(path, 'country'), 'country must be an ISO 3166 alpha-3 code');
  if (!ROLE_SET.has(v.role)) throw new Issue(at(path, 'role'), `expected one of ${ROLES.join('|')}`);
  strictKeys(v, AUTHOR_KEYS, path);
}

function operation(v: unknown): void {
  if (!isObject(v)) throw new Issue('', 'expected object');
  matching(v.hlc, HLC_PATTERN, 'hlc', 'malformed clock stamp');
  matching(v.site, SITE_PATTERN, 'site', 'malformed installation id');
  author(v.author, 'author');
  if (!ENTITY_SET.has(v.entity)) throw new Issue('entity', `expected one of ${ENTITIES.join('|')}`);
  string(v.key, 'key', 1, 200);
  const fields = v.fields;
  const budget = { nodes: MAX_JSON_NODES };
  for (const key of recordKeys(fields, 'fields')) json((fields as Record<string, unknown>)[key], at('fields', key), 1, budget);
  const prev = v.prev;
  for (const key of recordKeys(prev, 'prev')) {
    const stamp = (prev as Record<string, unknown>)[key];
    if (stamp !== null) matching(stamp, HLC_PATTERN, at('prev', key), 'malformed clock stamp');
  }
  strictKeys(v, OPERATION_KEYS, '');
}

function issueOf(v: unknown): Issue | null {
  try {
    operation(v);
    return null;
  } catch (e) {
    if (e instanceof Issue) return e;
    throw e;
  }
}

/** Null when `v` is a valid Operation; otherwise `<path>: <what is wrong>`, the path below the operation. */
export function operationIssue(v: unknown): string | null {
  const issue = issueOf(v);
  return issue && `${issue.path || '(root)'}: ${issue.message}`;
}

/** Null when every element is a valid Operation; otherwise the first issue, its path under `<prefix>.<index>`. */
export function operationsIssue(ops: readonly unknown[], prefix: string): string | null {
  for (let i = 0; i < ops.length; i++) {
    const issue = issueOf(ops[i]);
    if (issue) return `${[prefix, String(i), issue.path].filter((p) => p !== '').join('.')}: ${issue.message}`;
  }
  return null;
}
