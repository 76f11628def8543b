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
    sender: z.object({ name: z.string(), email: z.string(), role: Role, country: Iso3.nullable(), groups: z.array(GroupId), installation: z.string() }).strict(),
    fingerprint: z.string(),
    seq: z.number().int(),
    createdAt: z.string(),
    consolidated: z.boolean(),
    ops: z.number().int(),
    /** Received: operations new to this installation, already held, in conflict. */
    new: z.number().int(),
    known: z.number().int(),
    conflicts: z.number().int(),
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

/**
 * The sequence numbers received from each sender (by installation): a bundle whose number is among
 * them was received already, a replay.
 */
export function receivedSeqs(db: Pick<Database, 'sync'>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const e of historyOf(db)) {
    if (e.direction !== 'received') continue;
    const seqs = out.get(e.sender.installation);
    if (seqs) seqs.add(e.seq);
    else out.set(e.sender.installation, new Set([e.seq]));
  }
  return out;
}

/** The last bundle this installation exported, optionally only consolidated ones or only of one programme. */
export function lastSent(db: Pick<Database, 'sync'>, opts: { consolidatedOnly?: boolean; programme?: string } = {}): HistoryEntry | undefined {
  return historyOf(db)
    .filter((e) => e.direction === 'sent' && (!opts.consolidatedOnly || e.consolidated) && (opts.programme === undefined || e.programme === opts.programme))
    .at(-1);
}
