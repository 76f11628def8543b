import { type Activity, type Localized, type PlannedDate, type WorkingGroup } from '../../../shared/model';
import { sheetsI18n } from '../../../shared/report/sheetsI18n';
import { parseArgs } from '../args';
import { withDatabase, type Command } from '../command';
import { toCsv } from '../csv';
import { programmeOf } from '../lookup';

const usage = 'activities --programme ID --format csv|json';

export const ACTIVITY_COLUMNS = [
  'activity_id',
  'programme',
  'group',
  'number',
  'description_en',
  'description_es',
  'planned_start',
  'planned_end',
  'planned_note_en',
  'planned_note_es',
  'section_en',
  'section_es',
  'footnotes_en',
  'footnotes_es',
] as const;
type ActivityRow = Record<(typeof ACTIVITY_COLUMNS)[number], string>;
type RowLang = 'en' | 'es';

/** A text in the row's language only: a column never mixes languages; empty when that language is missing. */
const own = (t: Localized | null, lang: RowLang): string => (t === null ? '' : (t[lang] ?? ''));

/** The activity text in one language with its sub-items as `- ` lines; empty when that language is missing. */
function description(a: Activity, lang: RowLang): string {
  const text = own(a.text, lang);
  if (text === '') return '';
  return [
    text,
    ...a.subItems
      .map((s) => own(s, lang))
      .filter((s) => s !== '')
      .map((s) => `- ${s}`),
  ].join('\n');
}

/** The planned dates given in words, in the row's language, e.g. `Planned start: To be decided in May 2020`. */
function plannedNote(a: Activity, lang: RowLang): string {
  const t = sheetsI18n(lang).t;
  const words = (label: string, d: PlannedDate) =>
    d.words && own(d.words, lang) !== '' ? [`${t(label)}: ${own(d.words, lang)}`] : [];
  return [
    ...words('spreadsheet.plannedStart', a.plannedStart),
    ...words('spreadsheet.plannedEnd', a.plannedEnd),
  ].join('; ');
}

/** The notes the activity's marks point at, each as `mark text`, one per line. */
function footnotes(a: Activity, group: WorkingGroup, lang: RowLang): string {
  return a.footnotes
    .map((m) => `${m} ${own(group.footnotes.find((f) => f.mark === m)?.text ?? null, lang)}`.trim())
    .join('\n');
}

export function activityRow(a: Activity, group: WorkingGroup): ActivityRow {
  return {
    activity_id: a.id,
    programme: a.programme,
    group: a.group,
    number: a.number,
    description_en: description(a, 'en'),
    description_es: description(a, 'es'),
    planned_start: a.plannedStart.month ?? '',
    planned_end: a.plannedEnd.month ?? '',
    planned_note_en: plannedNote(a, 'en'),
    planned_note_es: plannedNote(a, 'es'),
    section_en: own(a.section, 'en'),
    section_es: own(a.section, 'es'),
    footnotes_en: footnotes(a, group, 'en'),
    footnotes_es: footnotes(a, group, 'es'),
  };
}

export const activities: Command = {
  name: 'activities',
  summary: 'export the plan of a programme, one row per activity, as CSV (RFC 4180) or JSON',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(
      args,
      {
        programme: { kind: 'string', required: true },
        format: { kind: 'enum', values: ['csv', 'json'], required: true },
      },
      usage,
    );
    const rows = await withDatabase(ctx, (db) =>
      programmeOf(db, flags.programme).groups.flatMap((g) => g.activities.map((a) => activityRow(a, g))),
    );
    if (flags.format === 'json') ctx.out(JSON.stringify(rows, null, 2) + '\n');
    else
      ctx.out(
        toCsv(
          ACTIVITY_COLUMNS,
          rows.map((r) => ACTIVITY_COLUMNS.map((c) => r[c])),
        ),
      );
  },
};
