import { Month, PlannedDate } from '../../shared/model/dates';
import type { JsonValue } from '../../shared/model/ops';
import { Day, Review, STATUSES, type Author, type Status } from '../../shared/model/records';
import { Localized, textOf, type Lang } from '../../shared/model/text';
import type { ConflictSubject } from '../../shared/api/sync';
import type { Format } from '../app/format';
import type { Translate } from '../app/i18n';

/** One side of a disagreement: who set which field of which record to what, and when (its clock stamp). */
export interface ConflictSide {
  entity: string;
  field: string;
  value: JsonValue;
  author: Author;
  hlc: string;
}

export interface Words {
  t: Translate;
  format: Format;
  lang: Lang;
  countryName: (iso3: string | null) => string;
}

const PROGRESS_FIELDS = [
  'status',
  'percent',
  'actualStart',
  'actualEnd',
  'done',
  'obstacles',
  'nextSteps',
  'evidence',
  'reportDate',
] as const;
const isProgressField = (f: string): f is (typeof PROGRESS_FIELDS)[number] =>
  (PROGRESS_FIELDS as readonly string[]).includes(f);
const isStatus = (v: unknown): v is Status =>
  typeof v === 'string' && (STATUSES as readonly string[]).includes(v);

function activityOf(w: Words, subject: ConflictSubject | undefined): string {
  return subject?.groupNumeral && subject.activityNumber
    ? w.t('overview:home.activity', { numeral: subject.groupNumeral, number: subject.activityNumber })
    : w.t('sync:ui.conflicts.someActivity');
}

/** What the disagreement is about: "Planned end of activity VII.3", "Review of Colombia's report on activity VII.3". */
export function conflictTitle(
  w: Words,
  side: Pick<ConflictSide, 'entity' | 'field'>,
  subject: ConflictSubject | undefined,
): string {
  const activity = activityOf(w, subject);
  const country = w.countryName(subject?.country ?? null) || w.t('common:region');
  switch (side.entity) {
    case 'activity':
      if (side.field === 'schedule') return w.t('sync:ui.conflicts.about.schedule', { activity });
      if (side.field === 'status') return w.t('sync:ui.conflicts.about.decision', { activity });
      return w.t('sync:ui.conflicts.about.activityText', { activity });
    case 'review':
      return w.t('sync:ui.conflicts.about.review', { country, activity });
    case 'progress':
      return isProgressField(side.field)
        ? w.t('sync:ui.conflicts.about.progressField', {
            field: w.t(`activity:${side.field}`),
            country,
            activity,
          })
        : w.t('sync:ui.conflicts.about.progress', { country, activity });
    case 'budget':
      return w.t('sync:ui.conflicts.about.budget', { country });
    default:
      return w.t('sync:ui.conflicts.about.financing', { group: subject?.groupNumeral ?? '' });
  }
}

/** A reschedule's words: both dates, or the one an older version wrote alone; null if it is no schedule. */
function scheduleWords(w: Words, value: JsonValue): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const start = PlannedDate.safeParse(value.plannedStart);
  const end = PlannedDate.safeParse(value.plannedEnd);
  const date = (d: PlannedDate) => w.format.planned(d, w.t('common:notSet'));
  if (start.success && end.success)
    return w.t('sync:ui.conflicts.value.schedule', { start: date(start.data), end: date(end.data) });
  if (start.success) return w.t('sync:ui.conflicts.value.startOnly', { start: date(start.data) });
  return end.success ? w.t('sync:ui.conflicts.value.endOnly', { end: date(end.data) }) : null;
}

function reviewWords(w: Words, review: Review): string {
  const key =
    review.decision === 'accepted' ? 'sync:ui.conflicts.value.accepted' : 'sync:ui.conflicts.value.returned';
  const said = w.t(key, { name: review.by.name });
  return review.comment.trim() === ''
    ? said
    : w.t('sync:ui.conflicts.value.withComment', { decision: said, comment: review.comment });
}

/** A value as a person reads it: a month, a decision, a percentage, quoted text; never JSON. */
export function sideValue(w: Words, side: ConflictSide): string {
  const { t, format, lang } = w;
  const v = side.value;
  if (v === null || v === '') return t('sync:ui.conflicts.value.empty');
  if (side.field === 'deleted' && v === true) return t('sync:ui.conflicts.value.withdrawn');
  const schedule = side.field === 'schedule' ? scheduleWords(w, v) : null;
  if (schedule !== null) return schedule;
  const review = Review.safeParse(v);
  if (review.success) return reviewWords(w, review.data);
  const planned = PlannedDate.safeParse(v);
  if (planned.success) return format.planned(planned.data, t('common:notSet'));
  const localized = Localized.safeParse(v);
  if (localized.success) return `«${textOf(localized.data, lang)}»`;
  if (side.entity === 'review' && side.field === 'decision' && (v === 'accepted' || v === 'returned')) {
    return t(v === 'accepted' ? 'sync:ui.conflicts.value.acceptedBy' : 'sync:ui.conflicts.value.returnedBy', {
      name: side.author.name,
    });
  }
  if (side.field === 'at' && typeof v === 'string' && !Number.isNaN(Date.parse(v))) return format.instant(v);
  if (side.field === 'by' && typeof v === 'object' && !Array.isArray(v) && typeof v.name === 'string')
    return v.name;
  if (isStatus(v)) return t(`common:status.${v}`);
  if (side.field === 'percent' && typeof v === 'number') return format.percent(v / 100);
  if (typeof v === 'number') return format.number(v);
  if (typeof v === 'boolean') return t(v ? 'sync:ui.conflicts.value.yes' : 'sync:ui.conflicts.value.no');
  if (typeof v === 'string') {
    if (Month.safeParse(v).success) return format.month(v);
    if (Day.safeParse(v).success) return format.day(v);
    return `«${v}»`;
  }
  if (Array.isArray(v)) return v.map((item) => sideValue(w, { ...side, value: item })).join(', ');
  return t('sync:ui.conflicts.value.other');
}

/** The wall time of a clock stamp: its first fifteen digits are milliseconds. */
function stampTime(hlc: string): string | null {
  const ms = Number(hlc.slice(0, 15));
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

/** Who and when: "Luis Ramírez (Mexico, coordinator) · 1 December 2026, 10:42:00". */
export function sideWho(w: Words, side: ConflictSide): string {
  const { author } = side;
  const where = author.country
    ? `${w.countryName(author.country)}, ${w.t(`common:role.${author.role}`)}`
    : w.t(`common:role.${author.role}`);
  const when = stampTime(side.hlc);
  return when
    ? w.t('sync:ui.conflicts.who', { name: author.name, where, when: w.format.instant(when) })
    : w.t('sync:ui.conflicts.whoNoTime', { name: author.name, where });
}
