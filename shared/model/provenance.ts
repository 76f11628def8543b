import { z } from 'zod';

/**
 * Where a seeded fact comes from: stated in the source document (with the place, and the words where
 * they are short), derived by us (with the rule), or unknown. Keyed by the field it speaks for.
 */
export const Provenance = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('stated'),
      where: z.string().min(1).max(300),
      quote: z.string().min(1).max(2000).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('derived'), rule: z.string().min(1).max(2000) }).strict(),
  z.object({ kind: z.literal('unknown') }).strict(),
]);
export type Provenance = z.infer<typeof Provenance>;

/** Field (or `field.sub`) -> provenance. A field a record's provenance does not list is stated in its document's section named by `source`. */
export const Provenances = z.record(z.string().min(1).max(100), Provenance);
export type Provenances = z.infer<typeof Provenances>;
