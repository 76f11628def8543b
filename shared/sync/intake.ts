import type { Database } from '../model/database';
import type { Programme } from '../model/programme';
import { historyOf, lastSent } from './history';

export interface IntakeSender {
  installation: string;
  name: string;
  email: string;
  role: string;
  country: string | null;
  groups: string[];
  fingerprint: string;
  bundles: number;
  lastReceived: string;
  lastSeq: number;
  /** Operations of this sender's bundles that were new here, received since the last consolidated bundle. */
  newSinceConsolidated: number;
}

export interface Intake {
  programme: string;
  /** When this installation last sent a consolidated bundle (null: never). */
  lastConsolidated: string | null;
  senders: IntakeSender[];
  /** Countries of the programme's groups, or that ever sent for it, with no bundle since `since` (without `since`: none ever). */
  silentCountries: string[];
  /** Groups no bundle spoke for since `since`. */
  silentGroups: string[];
}

/**
 * The secretariat's view of what came in for a programme: who sent bundles, when, with which key,
 * how much is new since its last consolidated bundle, and which countries and groups sent nothing in
 * the period from `since` (an ISO date) until now.
 */
export function intakeOf(
  db: Pick<Database, 'sync'>,
  programmes: readonly Programme[],
  programme: string,
  since?: string,
): Intake {
  const received = historyOf(db).filter((e) => e.direction === 'received' && e.programme === programme);
  const lastConsolidated = lastSent(db, { consolidatedOnly: true, programme })?.at ?? null;
  const bySender = new Map<string, IntakeSender>();
  for (const e of received) {
    const s = bySender.get(e.sender.installation) ?? {
      installation: e.sender.installation,
      name: e.sender.name,
      email: e.sender.email,
      role: e.sender.role,
      country: e.sender.country,
      groups: e.sender.groups,
      fingerprint: e.fingerprint,
      bundles: 0,
      lastReceived: e.at,
      lastSeq: e.seq,
      newSinceConsolidated: 0,
    };
    s.bundles++;
    if (e.at >= s.lastReceived) {
      s.lastReceived = e.at;
      s.name = e.sender.name;
      s.groups = e.sender.groups;
    }
    s.lastSeq = Math.max(s.lastSeq, e.seq);
    if (lastConsolidated === null || e.at > lastConsolidated) s.newSinceConsolidated += e.new;
    bySender.set(e.sender.installation, s);
  }
  const senders = [...bySender.values()].sort((a, b) => (a.lastReceived < b.lastReceived ? 1 : -1));
  const recent = received.filter((e) => since === undefined || e.at >= since);
  const heardCountries = new Set(recent.map((e) => e.sender.country).filter((c): c is string => c !== null));
  const heardGroups = new Set(recent.flatMap((e) => e.sender.groups));
  // The programmes as entered, with the membership the secretariat recorded.
  const groups = programmes.find((p) => p.id === programme)?.groups ?? [];
  // Expected to report: the countries the programme names, and any country that ever sent a bundle for it.
  const countries = new Set(groups.flatMap((g) => [...g.coordinators.map((c) => c.country), ...g.members]));
  for (const e of received) if (e.sender.country !== null) countries.add(e.sender.country);
  return {
    programme,
    lastConsolidated,
    senders,
    silentCountries: [...countries].filter((c) => !heardCountries.has(c)).sort(),
    silentGroups: groups.map((g) => g.id).filter((g) => !heardGroups.has(g)),
  };
}
