import { loadSeed } from '../../electron/seed';
import type {
  Author,
  BudgetEntry,
  BudgetKind,
  Country,
  Database,
  Hlc,
  Identity,
  JsonValue,
  Operation,
  ProgressReport,
  Status,
  WorkingGroup,
} from '../../shared/model';
import { parseHlc, tick, type ClockState } from '../../shared/sync/hlc';

/**
 * Seeded, reproducible data for the benchmarks: the 33 countries of data/countries.json take part in
 * the eleven groups of 2020–2021, and each country's focal point files monthly progress reports and
 * quarterly budget entries for two years, as the operations their installation would have made.
 * `scale` multiplies how many reports and entries each country files; everything else stays the same.
 */

export const PROGRAMME = '2020-2021';
const FIRST_YEAR = 2020;
/** When the seeded database says it was created: fixed, so two runs give the same bytes. */
const CREATED_AT = Date.UTC(2019, 11, 1);

/** mulberry32: a tiny, fast PRNG with a 32-bit state; good enough to vary test data, never for keys. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  hex(chars: number): string {
    let out = '';
    while (out.length < chars)
      out += Math.floor(this.next() * 0x10000)
        .toString(16)
        .padStart(4, '0');
    return out.slice(0, chars);
  }
  /** `count` distinct items, in the list's order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
  }
}

/** One country's installation: its focal point, the clock and the operations it made. */
export interface Installation {
  country: Country;
  site: string;
  author: Author;
  /** Groups of 2020–2021 the country belongs to, as coordinator or member. */
  groups: string[];
  clock: ClockState;
  ops: Operation[];
}

export interface Generated {
  /** The secretariat's database after importing every country's operations. */
  db: Database;
  installations: Installation[];
}

export interface GenerateOptions {
  scale: number;
  seed?: number;
  /** Seed documents folder (`data/` of the repository). */
  dataDir: string;
  /** Months of reporting from January 2020; two years unless a test wants less. */
  months?: number;
}

const FIRST_NAMES = [
  'Ana',
  'Luis',
  'María',
  'Carlos',
  'Sofía',
  'Jorge',
  'Lucía',
  'Pedro',
  'Camila',
  'Andrés',
  'Valeria',
  'Diego',
  'Paula',
  'Marcelo',
  'Renée',
  'Joseph',
  'Keisha',
  'André',
];
const LAST_NAMES = [
  'González',
  'Rodríguez',
  'Pérez',
  'Silva',
  'Martínez',
  'Gómez',
  'Díaz',
  'Fernández',
  'Campbell',
  'Baptiste',
  'Oliveira',
  'Ramírez',
  'Castro',
  'Morales',
];
const DONE = [
  'Held a virtual meeting of the task team to review the draft chapter on',
  'Circulated the questionnaire on national practices regarding',
  'Compiled the replies of member countries and prepared a summary of',
  'Presented the preliminary results to the technical committee, covering',
  'Reviewed the international recommendations and case studies about',
  'Drafted the methodological note and annexes on',
];
const TOPICS = [
  'quality assurance frameworks',
  'census data processing',
  'disaster statistics',
  'time-use surveys',
  'administrative records',
  'migration statistics',
  'price indices for services',
  'SDG indicators',
  'criminal justice statistics',
  'labour relations statistics',
  'child and adolescent protection data',
];
const OBSTACLES = [
  '',
  '',
  '',
  'Travel restrictions delayed the in-person workshop.',
  'Two member countries have not yet sent their replies.',
  'Staff turnover in the national office slowed the review.',
];
const NEXT = [
  'Consolidate comments and circulate a revised draft.',
  'Hold the next virtual meeting of the group.',
  'Validate the results with the coordinating country.',
  'Prepare the inputs for the Executive Committee.',
];
const SOURCES: readonly { source: string; institution: string | null }[] = [
  { source: 'National budget', institution: null },
  { source: 'ECLAC Statistics Division', institution: 'eclac-statistics' },
  { source: 'UNFPA', institution: 'unfpa' },
  { source: 'Inter-American Development Bank', institution: 'idb' },
];
const BUDGET_KINDS: readonly BudgetKind[] = ['commitment', 'expenditure', 'in-kind'];

function month(index: number): { year: number; month: number; text: string } {
  const year = FIRST_YEAR + Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { year, month: m, text: `${year}-${String(m).padStart(2, '0')}` };
}

function day(monthText: string, d: number): string {
  return `${monthText}-${String(d).padStart(2, '0')}`;
}

/** Coordinators plus members drawn from the other countries: the seeds name no members. */
function withMembers(group: WorkingGroup, isoCodes: readonly string[], rng: Rng): WorkingGroup {
  const coordinators = new Set(group.coordinators.map((c) => c.country));
  const others = isoCodes.filter((c) => !coordinators.has(c));
  return { ...group, members: rng.sample(others, rng.int(5, 9)) };
}

function focalPoint(country: Country, coordinates: boolean, rng: Rng): Author {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return {
    name: `${first} ${last}`,
    email: `${local}@${country.nso}.example.org`,
    country: country.iso3,
    role: coordinates ? 'coordinator' : 'focal-point',
  };
}

function stamp(
  inst: Installation,
  at: number,
  change: { entity: Operation['entity']; key: string; fields: Record<string, JsonValue> },
  prev: Record<string, Hlc | null>,
): Operation {
  const next = tick(inst.clock, at, inst.site);
  inst.clock = next.state;
  const op: Operation = {
    hlc: next.hlc,
    site: inst.site,
    author: inst.author,
    entity: change.entity,
    key: change.key,
    fields: change.fields,
    prev,
  };
  inst.ops.push(op);
  return op;
}

function noPrev(fields: Record<string, JsonValue>): Record<string, Hlc | null> {
  return Object.fromEntries(Object.keys(fields).map((f) => [f, null]));
}

function progressFields(
  inst: Installation,
  group: WorkingGroup,
  monthIndex: number,
  rng: Rng,
): Omit<ProgressReport, 'id' | 'review'> {
  const m = month(monthIndex);
  const activity = rng.pick(group.activities);
  const percent = Math.min(100, Math.round(((monthIndex + 1) / 24) * 100 * (0.6 + rng.next() * 0.4)));
  const status: Status = percent >= 100 ? 'completed' : rng.chance(0.08) ? 'delayed' : 'in-progress';
  return {
    activity: activity.id,
    objective: null,
    status,
    percent,
    actualStart: month(Math.max(0, monthIndex - rng.int(0, 6))).text,
    actualEnd: status === 'completed' ? m.text : null,
    done: `${rng.pick(DONE)} ${rng.pick(TOPICS)}.`,
    obstacles: rng.pick(OBSTACLES),
    nextSteps: rng.pick(NEXT),
    evidence: rng.chance(0.3) ? [`LC/CEA.${rng.int(10, 11)}/${rng.int(1, 20)}`] : [],
    reportDate: day(m.text, rng.int(1, 28)),
    author: inst.author,
    country: inst.country.iso3,
    narrative: null,
  };
}

function budgetFields(
  inst: Installation,
  group: WorkingGroup,
  monthIndex: number,
  rng: Rng,
): Omit<BudgetEntry, 'id'> {
  const source = rng.pick(SOURCES);
  return {
    programme: PROGRAMME,
    group: group.id,
    activity: rng.chance(0.7) ? rng.pick(group.activities).id : null,
    kind: rng.pick(BUDGET_KINDS),
    source: source.source,
    institution: source.institution,
    amount: rng.int(2, 400) * 50,
    currency: 'USD',
    purpose: `Support for the work on ${rng.pick(TOPICS)}`,
    date: day(month(monthIndex).text, rng.int(1, 28)),
    country: inst.country.iso3,
    author: inst.author,
  };
}

function wallOf(monthIndex: number, rng: Rng): number {
  const m = month(monthIndex);
  return Date.UTC(m.year, m.month - 1, rng.int(1, 28), rng.int(8, 18), rng.int(0, 59));
}

/** One month of one country in one group: `scale` reports (some revised later that month) and, each quarter, `scale` budget entries. */
function fileMonth(
  inst: Installation,
  group: WorkingGroup,
  monthIndex: number,
  scale: number,
  rng: Rng,
): void {
  const ym = month(monthIndex).text;
  for (let n = 0; n < scale; n++) {
    const key = `${inst.country.iso3.toLowerCase()}-${group.numeral}-${ym}-${n}`;
    const fields = progressFields(inst, group, monthIndex, rng) as unknown as Record<string, JsonValue>;
    const created = stamp(inst, wallOf(monthIndex, rng), { entity: 'progress', key, fields }, noPrev(fields));
    if (rng.chance(0.2)) {
      // A focal point coming back to the same report: a partial edit that names what it replaced.
      const percent = Math.min(100, Number(fields.percent) + rng.int(1, 15));
      const edit = { percent, nextSteps: rng.pick(NEXT) };
      stamp(
        inst,
        parseHlc(created.hlc).wall + rng.int(3600_000, 5 * 86400_000),
        { entity: 'progress', key, fields: edit },
        { percent: created.hlc, nextSteps: created.hlc },
      );
    }
  }
  if (monthIndex % 3 !== 2) return;
  for (let n = 0; n < scale; n++) {
    const key = `${inst.country.iso3.toLowerCase()}-${group.numeral}-${ym}-b${n}`;
    const fields = budgetFields(inst, group, monthIndex, rng) as unknown as Record<string, JsonValue>;
    stamp(inst, wallOf(monthIndex, rng), { entity: 'budget', key, fields }, noPrev(fields));
  }
}

export function generate(opts: GenerateOptions): Generated {
  const rng = new Rng(mulberry32(opts.seed ?? 2020));
  const months = opts.months ?? 24;
  const db = loadSeed(opts.dataDir, () => CREATED_AT);
  const programme = db.programmes.find((p) => p.id === PROGRAMME);
  if (!programme) throw new Error(`the seed has no programme ${PROGRAMME}`);
  const isoCodes = db.countries.map((c) => c.iso3);
  programme.groups = programme.groups.map((g) => withMembers(g, isoCodes, rng));
  const groups = programme.groups;
  // Every country sends a bundle, so every country takes part in at least one group.
  for (const iso of isoCodes) {
    if (groups.some((g) => g.members.includes(iso) || g.coordinators.some((c) => c.country === iso)))
      continue;
    rng.pick(groups).members.push(iso);
  }

  const installations: Installation[] = db.countries.map((country) => {
    const coordinated = groups.filter((g) => g.coordinators.some((c) => c.country === country.iso3));
    const belongs = groups.filter(
      (g) => g.coordinators.some((c) => c.country === country.iso3) || g.members.includes(country.iso3),
    );
    return {
      country,
      site: rng.hex(16),
      author: focalPoint(country, coordinated.length > 0, rng),
      groups: belongs.map((g) => g.id),
      clock: { wall: 0, counter: 0 },
      ops: [],
    };
  });

  for (let m = 0; m < months; m++) {
    for (const inst of installations) {
      for (const group of groups)
        if (inst.groups.includes(group.id)) fileMonth(inst, group, m, opts.scale, rng);
    }
  }

  const identity: Identity = {
    name: 'Secretaría técnica',
    email: 'secretariat@eclac.example.org',
    country: null,
    role: 'secretariat',
    groups: groups.map((g) => g.id),
    lang: 'es',
    installation: rng.hex(16),
  };
  db.identity = identity;
  const imported = installations
    .flatMap((i) => i.ops)
    .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  db.ops = [...db.ops, ...imported];
  const last = imported.at(-1);
  if (last) {
    const { wall, counter } = parseHlc(last.hlc);
    db.clock = { wall, counter };
  }
  return { db, installations };
}
