/**
 * The programme workbook (issue 13): one sheet per kind of record, a header row of column names, one
 * record per row. Sheet and column names are the same in every language (the reader finds columns by
 * them), and are those of the plan export (shared/report/tables.ts) in snake case: `planned_start`
 * is the export's `plannedStart`. The instructions sheet says what each column holds in Spanish and
 * English; the reader ignores it and any other sheet it does not know.
 */

/** How a cell is read. */
export type CellKind =
  /** Text, up to `max` characters. */
  | 'text'
  /** `YYYY-MM`, or a date cell (the month it falls in). */
  | 'month'
  /** A number that is not negative. */
  | 'amount'
  /** One of `values`. */
  | 'choice'
  /** Codes (countries, institutions) separated by commas, semicolons or spaces. */
  | 'list';

export interface ColumnSpec {
  name: string;
  kind: CellKind;
  required: boolean;
  max: number;
  values?: readonly string[];
  /** Width in characters, for the template and the export. */
  width: number;
  /** What the column holds, for the instructions sheet. */
  es: string;
  en: string;
  example: string;
}

export interface SheetSpec {
  name: SheetName;
  columns: readonly ColumnSpec[];
}

export const SHEET_NAMES = [
  'programme',
  'groups',
  'objectives',
  'activities',
  'contributions',
  'members',
] as const;
export type SheetName = (typeof SHEET_NAMES)[number];
export const INSTRUCTIONS_SHEET = 'instructions';

/** More rows than any programme has (2020–2021: 11 groups, 91 activities), and few enough to read at once. */
export const MAX_ROWS = 2000;

const LANG_VALUES = ['es', 'en', 'pt', 'fr'] as const;

const column = (
  name: string,
  kind: CellKind,
  required: boolean,
  max: number,
  width: number,
  text: { es: string; en: string; example: string },
  values?: readonly string[],
): ColumnSpec => ({ name, kind, required, max, width, ...text, ...(values && { values }) });

const group = column('group', 'text', true, 8, 8, {
  es: 'Numeral del grupo (I, II…), como en la hoja groups',
  en: 'Group numeral (I, II…), as in the groups sheet',
  example: 'I',
});
const lang = column(
  'lang',
  'choice',
  false,
  2,
  6,
  {
    es: 'Idioma de los textos de la fila: es, en, pt o fr (vacío: es)',
    en: 'Language of the row’s texts: es, en, pt or fr (empty: es)',
    example: 'es',
  },
  LANG_VALUES,
);

export const SHEETS: Readonly<Record<SheetName, SheetSpec>> = {
  programme: {
    name: 'programme',
    columns: [
      column('start', 'month', true, 7, 10, {
        es: 'Primer mes del programa (AAAA-MM)',
        en: 'First month of the programme (YYYY-MM)',
        example: '2026-01',
      }),
      column('end', 'month', true, 7, 10, {
        es: 'Último mes del programa (AAAA-MM)',
        en: 'Last month of the programme (YYYY-MM)',
        example: '2027-12',
      }),
      column('symbol', 'text', true, 100, 16, {
        es: 'Signatura del documento',
        en: 'Document symbol',
        example: 'LC/CEA.13/5',
      }),
      column('title_es', 'text', true, 1000, 60, {
        es: 'Título en español',
        en: 'Title in Spanish',
        example: 'Programa bienal de actividades 2026-2027',
      }),
      column('title_en', 'text', true, 1000, 60, {
        es: 'Título en inglés',
        en: 'Title in English',
        example: 'Biennial programme of activities 2026-2027',
      }),
    ],
  },
  groups: {
    name: 'groups',
    columns: [
      group,
      lang,
      column('title', 'text', true, 1000, 50, {
        es: 'Producto: título del grupo de trabajo',
        en: 'Output: title of the working group',
        example: 'Grupo de Trabajo sobre Estadísticas de Género',
      }),
      column('theme', 'text', true, 1000, 30, { es: 'Tema', en: 'Theme', example: 'Estadísticas de género' }),
      column('secretariats', 'list', false, 1000, 30, {
        es: 'Secretarías técnicas (identificadores del catálogo, separados por comas)',
        en: 'Technical secretariats (catalogue ids, separated by commas)',
        example: 'eclac-statistics, eclac-gender',
      }),
    ],
  },
  objectives: {
    name: 'objectives',
    columns: [
      group,
      column(
        'kind',
        'choice',
        true,
        8,
        10,
        { es: 'general o specific', en: 'general or specific', example: 'general' },
        ['general', 'specific'],
      ),
      column('number', 'text', false, 10, 8, {
        es: 'Número del objetivo específico como en el documento (1, i, a)',
        en: 'Number of a specific objective as the document gives it (1, i, a)',
        example: '1',
      }),
      lang,
      column('text', 'text', true, 4000, 70, {
        es: 'Texto del objetivo',
        en: 'Text of the objective',
        example: 'Fortalecer la producción de estadísticas de género.',
      }),
    ],
  },
  activities: {
    name: 'activities',
    columns: [
      group,
      column('number', 'text', true, 10, 8, {
        es: 'Número de la actividad en el grupo (1, 2…; 2.b)',
        en: 'Number of the activity in the group (1, 2…; 2.b)',
        example: '1',
      }),
      lang,
      column('activity', 'text', true, 4000, 70, {
        es: 'Texto de la actividad',
        en: 'Text of the activity',
        example: 'Taller regional sobre encuestas de uso del tiempo',
      }),
      column('planned_start', 'month', false, 7, 12, {
        es: 'Inicio previsto (AAAA-MM), o vacío',
        en: 'Planned start (YYYY-MM), or empty',
        example: '2026-03',
      }),
      column('planned_end', 'month', false, 7, 12, {
        es: 'Fin previsto (AAAA-MM), o vacío',
        en: 'Planned end (YYYY-MM), or empty',
        example: '2026-11',
      }),
      column('start_words', 'text', false, 1000, 30, {
        es: 'Inicio según el texto del programa, si no es un mes',
        en: 'Start as the programme words it, if not a month',
        example: 'A definir en mayo de 2026',
      }),
      column('end_words', 'text', false, 1000, 30, {
        es: 'Fin según el texto del programa, si no es un mes',
        en: 'End as the programme words it, if not a month',
        example: '',
      }),
    ],
  },
  contributions: {
    name: 'contributions',
    columns: [
      group,
      column('id', 'text', false, 40, 10, {
        es: 'Identificador de la línea en el grupo (vacío: c1, c2… en orden)',
        en: 'Id of the line in the group (empty: c1, c2… in order)',
        example: 'c1',
      }),
      lang,
      column('source', 'text', true, 1000, 30, {
        es: 'Fuente de la contribución',
        en: 'Source of the contribution',
        example: 'CEPAL',
      }),
      column('institution', 'text', false, 100, 20, {
        es: 'Identificador de la institución en el catálogo, si lo está',
        en: 'Catalogue id of the institution, if it is in the catalogue',
        example: 'eclac-statistics',
      }),
      column('amount', 'amount', false, 20, 14, { es: 'Monto', en: 'Amount', example: '140000' }),
      column('currency', 'text', false, 3, 9, {
        es: 'Moneda (ISO 4217), con el monto',
        en: 'Currency (ISO 4217), with the amount',
        example: 'USD',
      }),
      column(
        'form',
        'choice',
        false,
        8,
        10,
        {
          es: 'monetary o in-kind (vacío: no se dice)',
          en: 'monetary or in-kind (empty: not stated)',
          example: 'monetary',
        },
        ['monetary', 'in-kind'],
      ),
      column('purpose', 'text', false, 2000, 40, {
        es: 'Destino',
        en: 'Purpose',
        example: 'Talleres regionales',
      }),
    ],
  },
  members: {
    name: 'members',
    columns: [
      group,
      column('country', 'text', true, 3, 9, {
        es: 'País (ISO 3166 alfa-3)',
        en: 'Country (ISO 3166 alpha-3)',
        example: 'MEX',
      }),
      column(
        'role',
        'choice',
        false,
        11,
        12,
        {
          es: 'coordinator o member (vacío: member); cada grupo tiene al menos un país coordinador',
          en: 'coordinator or member (empty: member); each group has at least one coordinating country',
          example: 'coordinator',
        },
        ['coordinator', 'member'],
      ),
      column('institution', 'text', false, 100, 20, {
        es: 'Institución coordinadora (catálogo; vacío: la oficina nacional de estadística)',
        en: 'Coordinating institution (catalogue; empty: the national statistical office)',
        example: 'nso-mex',
      }),
    ],
  },
};
