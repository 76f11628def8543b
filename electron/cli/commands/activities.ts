import { pickText, type Activity, type Localized, type PlannedDate } from '../../../shared/model';
import { parseArgs } from '../args';
import { withDatabase, type Command } from '../command';
import { toCsv } from '../csv';
import { programmeOf } from '../lookup';

const usage = 'activities --programme ID --format csv|json';

export const ACTIVITY_COLUMNS = ['activity_id', 'programme', 'group', 'number', 'description_en', 'description_es', 'planned_start', 'planned_end', 'planned_note'] as const;
type ActivityRow = Record<(typeof ACTIVITY_COLUMNS)[number], string>;

/** The activity text in one language with its sub-items as `- ` lines; empty when that language is missing. */
function description(a: Activity, lang: 'en' | 'es'): string {
  const own = (t: Localized) => t[lang];
  const text = own(a.text);
  if (text === undefined) return '';
  return [text, ...a.subItems.map(own).filter((s) => s !== undefined).map((s) => `- ${s}`)].join('\n');
}

/** The planned dates given in words, e.g. `start: To be decided in May 2020; end: Six months after…`. */
function plannedNote(a: Activity): string {
  const words = (label: string, d: PlannedDate) => (d.words ? [`${label}: ${pickText(d.words, 'en').text}`] : []);
  return [...words('start', a.plannedStart), ...words('end', a.plannedEnd)].join('; ');
}

export function activityRow(a: Activity): ActivityRow {
  return {
    activity_id: a.id,
    programme: a.programme,
    group: a.group,
    number: a.number,
    description_en: description(a, 'en'),
    description_es: description(a, 'es'),
    planned_start: a.plannedStart.month ?? '',
    planned_end: a.plannedEnd.month ?? '',
    planned_note: plannedNote(a),
  };
}

export const activities: Command = {
  name: 'activities',
  summary: 'export the plan of a programme, one row per activity, as CSV (RFC 4180) or JSON',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, { programme: { kind: 'string', required: true }, format: { kind: 'enum', values: ['csv', 'json'], required: true } }, usage);
    const rows = await withDatabase(ctx, (db) => programmeOf(db, flags.programme).groups.flatMap((g) => g.activities.map(activityRow)));
    if (flags.format === 'json') ctx.out(JSON.stringify(rows, null, 2) + '\n');
    else ctx.out(toCsv(ACTIVITY_COLUMNS, rows.map((r) => ACTIVITY_COLUMNS.map((c) => r[c]))));
  },
};
