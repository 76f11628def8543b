import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import { Country, Database, Institution, ProgressReport, Programme, WorkingGroup, type JsonValue, type Operation } from '../../shared/model';
import { emptyFolded } from '../../shared/sync/fold';
import { stampChanges } from '../store/stamp';
import { emptyDatabase } from './emptyDatabase';
import { compareNumerals } from './romanOrder';

/**
 * Seeded operations are stamped by this fixed site at wall time 0, so every installation seeds the
 * very same operations and a bundle never carries them as news.
 */
export const SEED_SITE = '0000000000000000';

function readJson<T>(dataDir: string, file: string, schema: z.ZodType<T>): T {
  const name = relative(dataDir, file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail('seed-invalid', 'store:seed-invalid', { file: name, issue: e instanceof Error ? e.message : String(e) });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
    fail('seed-invalid', 'store:seed-invalid', { file: name, issue: `${where}: ${issue?.message ?? 'invalid'}` });
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

function loadProgrammes(dataDir: string): Programme[] {
  const root = join(dataDir, 'programmes');
  return subdirs(root).map((id) => {
    const file = join(root, id, 'programme.json');
    const programme = readJson(dataDir, file, Programme);
    if (programme.id !== id) fail('seed-invalid', 'store:seed-invalid', { file: relative(dataDir, file), issue: `id: ${programme.id} is not its folder's ${id}` });
    const groups = jsonFiles(join(root, id, 'groups')).map((f) => {
      const group = readJson(dataDir, f, WorkingGroup);
      if (group.programme !== id || group.id !== `${id}/${group.numeral}`) {
        fail('seed-invalid', 'store:seed-invalid', { file: relative(dataDir, f), issue: `id: ${group.id} does not belong to programme ${id}` });
      }
      return group;
    });
    groups.sort((a, b) => compareNumerals(a.numeral, b.numeral));
    return { ...programme, groups: [...programme.groups, ...groups] };
  });
}

function seedProgressOps(dataDir: string, programmes: Programme[], db: Database): Operation[] {
  const activities = new Set(programmes.flatMap((p) => p.groups.flatMap((g) => g.activities.map((a) => a.id))));
  const seen = new Set<string>();
  const folded = emptyFolded();
  const ops: Operation[] = [];
  for (const file of jsonFiles(join(dataDir, 'progress'))) {
    for (const report of readJson(dataDir, file, ProgressReport.array())) {
      const name = relative(dataDir, file);
      if (seen.has(report.id)) fail('seed-invalid', 'store:seed-invalid', { file: name, issue: `id: ${report.id} is used twice` });
      if (report.activity !== null && !activities.has(report.activity)) {
        fail('seed-invalid', 'store:seed-invalid', { file: name, issue: `activity: ${report.activity} is not in the programmes` });
      }
      seen.add(report.id);
      const { id, ...fields } = report;
      const stamped = stampChanges(folded, db.clock, 0, SEED_SITE, report.author, [{ entity: 'progress', key: id, fields: fields as Record<string, JsonValue> }]);
      db.clock = stamped.clock;
      ops.push(...stamped.ops);
    }
  }
  return ops;
}

/**
 * A fresh database from the seed documents in data/: the programmes with their groups in the
 * programme's order, countries, institutions, and the seeded progress reports as operations.
 * Any file that does not match the model stops the load with a message that names it.
 */
export function loadSeed(dataDir: string, now: () => number = Date.now): Database {
  const db = emptyDatabase(new Date(now()).toISOString());
  db.programmes = loadProgrammes(dataDir);
  const countries = join(dataDir, 'countries.json');
  db.countries = existsSync(countries) ? readJson(dataDir, countries, Country.array()) : [];
  db.institutions = jsonFiles(join(dataDir, 'institutions')).flatMap((f) => readJson(dataDir, f, Institution.array()));
  db.ops = seedProgressOps(dataDir, db.programmes, db);
  const parsed = Database.safeParse(db);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail('seed-invalid', 'store:seed-invalid', { file: dataDir, issue: `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}` });
  }
  return db;
}
