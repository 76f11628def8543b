import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import {
  Country,
  Database,
  Institution,
  Meeting,
  ProgressReport,
  Programme,
  Reference,
  WorkingGroup,
  type Author,
  type Operation,
} from '../../shared/model';
import { emptyFolded } from '../../shared/sync/fold';
import { stampChanges } from '../store/stamp';
import { emptyDatabase } from './emptyDatabase';
import { compareNumerals } from '../../shared/model/numerals';

/**
 * Seeded operations are stamped by this fixed site at wall time 0, so every installation seeds the
 * very same operations and a bundle never carries them as news.
 */
export const SEED_SITE = '0000000000000000';

/**
 * The edition of data/ this program ships; bump it whenever data/ changes, so that opening a database
 * made from an earlier edition brings its seeded parts up to this one (refresh.ts). Edition N's
 * operations are stamped at wall time N - 1: later stamps, so they win over an earlier edition's
 * field by field wherever those still travel (a bundle from an installation not yet upgraded).
 */
export const SEED_EDITION = 2;

/**
 * The stamps of edition 1's seeded reports (wall 0, counters 1 to 6 in file order). A report of this
 * edition names them as the values it replaces, so that the two editions are never taken for a conflict.
 */
const EDITION_1_STAMPS: Readonly<Record<string, string>> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((n) => [
    `seed-2009-2011-MDG-${n}`,
    `000000000000000-${String(n).padStart(6, '0')}-${SEED_SITE}`,
  ]),
);
const EDITION_1_FIELDS: ReadonlySet<string> = new Set([
  'activity',
  'objective',
  'status',
  'percent',
  'actualStart',
  'actualEnd',
  'done',
  'obstacles',
  'nextSteps',
  'evidence',
  'reportDate',
  'author',
  'country',
  'narrative',
  'review',
]);

function readJson<T>(dataDir: string, file: string, schema: z.ZodType<T>): T {
  const name = relative(dataDir, file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail('seed-invalid', 'store:seed-invalid', {
      file: name,
      issue: e instanceof Error ? e.message : String(e),
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
    fail('seed-invalid', 'store:seed-invalid', {
      file: name,
      issue: `${where}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}

/** JSON files of a folder in name order; a folder not written yet is empty. */
function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => join(dir, n));
}

function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The programmes with each group's documents referred to (data/references/), in file order. */
function withReferences(dataDir: string, programmes: Programme[]): Programme[] {
  const groups = new Set(programmes.flatMap((p) => p.groups.map((g) => g.id)));
  const references = new Map<string, Reference[]>();
  for (const ref of seedRecords(dataDir, 'references', Reference, (r, name) => {
    if (!groups.has(r.group))
      fail('seed-invalid', 'store:seed-invalid', {
        file: name,
        issue: `group: ${r.group} is not in the programmes`,
      });
  })) {
    references.set(ref.group, [...(references.get(ref.group) ?? []), ref]);
  }
  return programmes.map((p) => ({
    ...p,
    groups: p.groups.map((g) => (references.has(g.id) ? { ...g, references: references.get(g.id) } : g)),
  }));
}

function loadProgrammes(dataDir: string): Programme[] {
  const root = join(dataDir, 'programmes');
  return subdirs(root).map((id) => {
    const file = join(root, id, 'programme.json');
    const programme = readJson(dataDir, file, Programme);
    if (programme.id !== id)
      fail('seed-invalid', 'store:seed-invalid', {
        file: relative(dataDir, file),
        issue: `id: ${programme.id} is not its folder's ${id}`,
      });
    const groups = jsonFiles(join(root, id, 'groups')).map((f) => {
      const group = readJson(dataDir, f, WorkingGroup);
      if (group.programme !== id || group.id !== `${id}/${group.numeral}`) {
        fail('seed-invalid', 'store:seed-invalid', {
          file: relative(dataDir, f),
          issue: `id: ${group.id} does not belong to programme ${id}`,
        });
      }
      return group;
    });
    groups.sort((a, b) => compareNumerals(a.numeral, b.numeral));
    return { ...programme, groups: [...programme.groups, ...groups] };
  });
}

interface Seeded {
  id: string;
  author: Author;
}

/** The records of every JSON file in a data/ folder, each checked and with an id used once. */
function seedRecords<T extends { id: string }>(
  dataDir: string,
  folder: string,
  schema: z.ZodType<T>,
  check: (record: T, file: string) => void,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const file of jsonFiles(join(dataDir, folder))) {
    const name = relative(dataDir, file);
    for (const record of readJson(dataDir, file, schema.array())) {
      if (seen.has(record.id))
        fail('seed-invalid', 'store:seed-invalid', { file: name, issue: `id: ${record.id} is used twice` });
      check(record, name);
      seen.add(record.id);
      out.push(record);
    }
  }
  return out;
}

/** Seeded progress reports and meetings as this edition's operations (see SEED_EDITION). */
function seedOps(dataDir: string, programmes: Programme[], db: Database): Operation[] {
  const activities = new Set(
    programmes.flatMap((p) => p.groups.flatMap((g) => g.activities.map((a) => a.id))),
  );
  const groups = new Set(programmes.flatMap((p) => p.groups.map((g) => g.id)));
  const progress = seedRecords(dataDir, 'progress', ProgressReport, (report, name) => {
    if (report.activity !== null && !activities.has(report.activity)) {
      fail('seed-invalid', 'store:seed-invalid', {
        file: name,
        issue: `activity: ${report.activity} is not in the programmes`,
      });
    }
  });
  const meetings = seedRecords(dataDir, 'meetings', Meeting, (meeting, name) => {
    if (!groups.has(meeting.group))
      fail('seed-invalid', 'store:seed-invalid', {
        file: name,
        issue: `group: ${meeting.group} is not in the programmes`,
      });
  });
  const folded = emptyFolded();
  const ops: Operation[] = [];
  const stamp = (entity: 'progress' | 'meeting', record: Seeded) => {
    const { id, ...fields } = record;
    const stamped = stampChanges(folded, db.clock, SEED_EDITION - 1, SEED_SITE, record.author, [
      { entity, key: id, fields },
    ]);
    db.clock = stamped.clock;
    for (const op of stamped.ops) {
      const replaced = entity === 'progress' ? EDITION_1_STAMPS[op.key] : undefined;
      ops.push(
        replaced === undefined
          ? op
          : {
              ...op,
              prev: Object.fromEntries(
                Object.keys(op.prev).map((f) => [f, EDITION_1_FIELDS.has(f) ? replaced : null]),
              ),
            },
      );
    }
  };
  for (const report of progress) stamp('progress', report);
  for (const meeting of meetings) stamp('meeting', meeting);
  return ops;
}

/**
 * A fresh database from the seed documents in data/: the programmes with their groups in the
 * programme's order with the documents they refer to, countries, institutions, and the seeded progress reports and meetings as operations.
 * Any file that does not match the model stops the load with a message that names it.
 */
export function loadSeed(dataDir: string, now: () => number = Date.now): Database {
  const db = emptyDatabase(new Date(now()).toISOString());
  db.programmes = withReferences(dataDir, loadProgrammes(dataDir));
  const countries = join(dataDir, 'countries.json');
  db.countries = existsSync(countries) ? readJson(dataDir, countries, Country.array()) : [];
  db.institutions = jsonFiles(join(dataDir, 'institutions')).flatMap((f) =>
    readJson(dataDir, f, Institution.array()),
  );
  db.seedEdition = SEED_EDITION;
  db.ops = seedOps(dataDir, db.programmes, db);
  const parsed = Database.safeParse(db);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail('seed-invalid', 'store:seed-invalid', {
      file: dataDir,
      issue: `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return db;
}
