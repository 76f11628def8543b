import { z } from 'zod';
import { Author } from './records';

/**
 * A hybrid logical clock stamp: wall milliseconds, a counter and the installation id, each padded so
 * that plain string comparison orders stamps and breaks ties by installation.
 */
export const HLC_PATTERN = /^\d{15}-\d{6}-[0-9a-f]{16,64}$/;
export const Hlc = z.string().regex(HLC_PATTERN, 'malformed clock stamp');
export type Hlc = z.infer<typeof Hlc>;

/** An installation id, as in an operation's `site` and the identity's `installation`. */
export const SITE_PATTERN = /^[0-9a-f]{16,64}$/;

export const ENTITIES = [
  'progress',
  'review',
  'budget',
  'activity',
  'contribution',
  'meeting',
  'programme',
  'group',
] as const;
export const Entity = z.enum(ENTITIES);
export type Entity = z.infer<typeof Entity>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValue),
    z.record(z.string(), JsonValue),
  ]),
);

/** What a user changed, before it is stamped: some fields of one record. `deleted: true` is a tombstone. */
export interface Change {
  entity: Entity;
  key: string;
  fields: Record<string, JsonValue>;
  /** The stamps the author saw, per field, where not the current winner's (a resolution names each side it settles). */
  prev?: Record<string, Hlc>;
}

/**
 * One stamped change. State is the fold of all operations: for each field of each record the value
 * with the greatest clock wins, so any order of arrival gives the same state. `prev` records, per
 * field, the stamp of the value the author was looking at; two operations with the same `prev` for a
 * field were made without seeing each other, which is what a conflict is.
 */
export const Operation = z
  .object({
    hlc: Hlc,
    site: z.string().regex(SITE_PATTERN),
    author: Author,
    entity: Entity,
    key: z.string().min(1).max(200),
    fields: z.record(z.string(), JsonValue),
    prev: z.record(z.string(), Hlc.nullable()),
  })
  .strict();
export type Operation = z.infer<typeof Operation>;
