import type { Change, Hlc, Operation } from '../../shared/model/ops';
import type { Programme, WorkingGroup } from '../../shared/model/programme';
import type { Author } from '../../shared/model/records';
import { fold } from '../../shared/sync/fold';
import { tick, type ClockState } from '../../shared/sync/hlc';

/** A minimal installation for pure sync tests: a clock, a site id, an author, and its operation log. */
export interface Site {
  site: string;
  author: Author;
  clock: ClockState;
  ops: Operation[];
}

export function makeSite(n: number, author: Partial<Author> = {}): Site {
  return {
    site: n.toString(16).padStart(16, '0'),
    author: { name: `User ${n}`, email: `u${n}@example.org`, country: 'COL', role: 'focal-point', ...author },
    clock: { wall: 0, counter: 0 },
    ops: [],
  };
}

/** Stamp a change as the store does: `prev` is the stamp of each field's current value. */
export function edit(site: Site, change: Change, now: number): Operation {
  const { state, hlc } = tick(site.clock, now, site.site);
  site.clock = state;
  const current = fold(site.ops)[change.entity].get(change.key);
  const prev: Record<string, Hlc | null> = {};
  for (const f of Object.keys(change.fields)) prev[f] = change.prev?.[f] ?? current?.get(f)?.hlc ?? null;
  const op: Operation = {
    hlc,
    site: site.site,
    author: site.author,
    entity: change.entity,
    key: change.key,
    fields: change.fields,
    prev,
  };
  site.ops.push(op);
  return op;
}

const text = (en: string) => ({ orig: 'en' as const, en });

/** A programme with groups I (coordinated by COL, members MEX and ARG) and II (coordinated by MEX). */
export function sampleProgramme(id = '2020-2021'): Programme {
  const group = (numeral: string, coordinator: string, members: string[]): WorkingGroup => ({
    id: `${id}/${numeral}`,
    programme: id,
    numeral,
    title: text(`Group ${numeral}`),
    theme: text('Theme'),
    background: [],
    objectives: [],
    expectedImpact: [],
    financing: [],
    contributions: [],
    coordinators: [{ country: coordinator, institution: `nso-${coordinator.toLowerCase()}` }],
    members,
    secretariats: ['eclac-statistics'],
    activities: [1, 2].map((n) => ({
      id: `${id}/${numeral}/${n}`,
      programme: id,
      group: numeral,
      number: String(n),
      section: null,
      text: text(`Activity ${n}`),
      subItems: [],
      plannedStart: { month: '2020-01', words: null },
      plannedEnd: { month: null, words: null },
      footnotes: [],
    })),
    footnotes: [],
  });
  return {
    id,
    title: text('Programme'),
    symbol: 'LC/CEA.10/5',
    start: '2020-01',
    end: '2021-12',
    sourceLang: 'en',
    groups: [group('I', 'COL', ['MEX', 'ARG']), group('II', 'MEX', [])],
  };
}
