import { z } from 'zod';
import type { Database } from '../../shared/model/database';
import { GroupId, Iso3 } from '../model/programme';
import { Role } from '../model/records';

/** One bundle sent or received, as kept in db.sync.history (stored there as plain records). */
export const HistoryEntry = z
  .object({
    direction: z.enum(['sent', 'received']),
    file: z.string(),
    at: z.string(),
    programme: z.string(),
    sender: z
      .object({
        name: z.string(),
        email: z.string(),
        role: Role,
        country: Iso3.nullable(),
        groups: z.array(GroupId),
        installation: z.string(),
      })
      .strict(),
    fingerprint: z.string(),
    seq: z.number().int(),
    createdAt: z.string(),
    consolidated: z.boolean(),
    ops: z.number().int(),
    /** Received: operations new to this installation, already held, in conflict. */
    new: z.number().int(),
    known: z.number().int(),
    conflicts: z.number().int(),
    /** The bundle's signed `sha256:` content hash: what tells a replay (absent in entries of earlier versions). */
    contentHash: z.string().optional(),
    /** Sent: how many operations this installation held when it exported, so the next export starts there. */
    opIndex: z.number().int().nonnegative().optional(),
  })
  .strict();
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export function historyOf(db: Pick<Database, 'sync'>): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const raw of db.sync.history) {
    const entry = HistoryEntry.safeParse(raw);
    if (entry.success) out.push(entry.data);
  }
  return out;
}

/** What an arriving bundle is, next to those received before from its sender. */
export type Arrival = 'new' | 'replay' | 'renumbered';

/**
 * The bundles received from each sender, by content hash and by number. A replay is a bundle whose
 * signed content hash was received already: its number alone proves nothing, since a sender restored
 * from a backup (by an older version) or reinstalled may hand out a number again. A number received
 * before with other content is a renumbered bundle, imported like any other (operations are a union).
 */
export class ReceivedBundles {
  readonly #hashes = new Set<string>();
  readonly #seqs = new Map<string, Map<number, string | null>>();

  constructor(db?: Pick<Database, 'sync'>) {
    for (const e of db ? historyOf(db) : [])
      if (e.direction === 'received') this.add(e.sender.installation, e.seq, e.contentHash ?? null);
  }

  add(installation: string, seq: number, contentHash: string | null): void {
    if (contentHash !== null) this.#hashes.add(`${installation}|${contentHash}`);
    let seqs = this.#seqs.get(installation);
    if (!seqs) this.#seqs.set(installation, (seqs = new Map<number, string | null>()));
    if (!seqs.has(seq) || contentHash !== null) seqs.set(seq, contentHash);
  }

  /** Entries written before content hashes were kept cannot tell a replay: such a bundle is imported again, harmlessly. */
  arrival(installation: string, seq: number, contentHash: string): Arrival {
    if (this.#hashes.has(`${installation}|${contentHash}`)) return 'replay';
    const held = this.#seqs.get(installation)?.get(seq);
    return held !== undefined && held !== null ? 'renumbered' : 'new';
  }
}

/** The last bundle this installation exported, optionally only consolidated ones or only of one programme. */
export function lastSent(
  db: Pick<Database, 'sync'>,
  opts: { consolidatedOnly?: boolean; programme?: string } = {},
): HistoryEntry | undefined {
  return historyOf(db)
    .filter(
      (e) =>
        e.direction === 'sent' &&
        (!opts.consolidatedOnly || e.consolidated) &&
        (opts.programme === undefined || e.programme === opts.programme),
    )
    .at(-1);
}
