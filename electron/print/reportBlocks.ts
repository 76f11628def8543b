import type { TFunction } from 'i18next';
import type { ActivityReportModel, ReportEntry } from '../../shared/report/activityReport';
import { coordinatorsSentence } from '../../shared/report/activityReport';
import type { ReportMeeting } from '../../shared/report/meetings';
import type { ReportReference } from '../../shared/report/references';
import { sheetsI18n } from '../../shared/report/sheetsI18n';

/**
 * The activity report as a flat list of typed blocks. The .docx and the PDF are two renderings of the
 * same list, so the two files cannot drift apart in content or order.
 */
export type Block =
  | { kind: 'title' | 'subtitle' | 'note' | 'h1' | 'h2' | 'p' | 'bullet'; text: string }
  | { kind: 'labelled'; label: string; text: string };

function entryBlocks(e: ReportEntry, heading: string, t: TFunction): Block[] {
  const line = { status: t(`status.${e.status}`), date: e.date, who: e.who };
  return [
    { kind: 'h2', text: heading },
    {
      kind: 'note',
      text:
        e.percent === 'not-stated'
          ? t('report.statusLineNoPercent', line)
          : t('report.statusLine', { ...line, percent: e.percent }),
    },
    ...e.paragraphs.map((text): Block => ({ kind: 'p', text })),
    ...e.obstacles.map((text): Block => ({ kind: 'labelled', label: t('report.obstacles'), text })),
    ...(e.evidence.length > 0
      ? [{ kind: 'labelled', label: t('report.evidence'), text: e.evidence.join('; ') } as Block]
      : []),
  ];
}

/** A meeting as the 2011 report lists one: title, place and dates, who organised and supported it, who took part. */
function meetingBlocks(m: ReportMeeting, t: TFunction): Block[] {
  const labelled = (label: string, items: string[]): Block[] =>
    items.length === 0 ? [] : [{ kind: 'labelled', label: t(label), text: items.join('; ') }];
  return [
    { kind: 'bullet', text: t('report.meetingLine', { title: m.title, place: m.place, dates: m.dates }) },
    ...labelled('report.organisedBy', m.organisers),
    ...labelled('report.supportedBy', m.funders),
    ...labelled('report.participatingCountries', m.countries),
    ...labelled('report.participatingAgencies', m.agencies),
    ...labelled('report.serves', m.serves),
    ...labelled('report.documents', m.documents),
    ...(m.description === null ? [] : [{ kind: 'p', text: m.description } as Block]),
  ];
}

/** A document referred to: its kind and citation as printed, the title in the report's language, where it was presented and what it served. */
function referenceBlocks(r: ReportReference, t: TFunction): Block[] {
  // Whether the bracketed title is our translation, the report's one language note tells.
  const title = r.translatedTitle === null ? '' : ` [${r.translatedTitle.text}]`;
  return [
    { kind: 'bullet', text: `${t(`referenceKind.${r.kind}`)}: ${r.citation}${title}` },
    ...(r.presentedAt.length === 0
      ? []
      : [{ kind: 'labelled', label: t('report.presentedAt'), text: r.presentedAt.join('; ') } as Block]),
    ...(r.serves.length === 0
      ? []
      : [{ kind: 'labelled', label: t('report.serves'), text: r.serves.join(', ') } as Block]),
  ];
}

export function reportBlocks(m: ActivityReportModel): Block[] {
  const t = sheetsI18n(m.lang).t;
  const blocks: Block[] = [
    { kind: 'title', text: t('report.title', { numeral: m.numeral, title: m.title }) },
    {
      kind: 'subtitle',
      text: t('report.subtitle', { programme: `${m.programme} (${m.symbol})`, date: m.date }),
    },
    { kind: 'note', text: t('report.draftNote') },
  ];
  if (m.programmeStatus !== null) {
    blocks.push({
      kind: 'note',
      text: t('report.programmeStatus', {
        status: t(`programmeStatus.${m.programmeStatus.status}`),
        meeting: m.programmeStatus.meeting,
      }),
    });
  }
  if (m.coordinators.length > 0)
    blocks.push({ kind: 'p', text: t('report.coordinatedBy', { list: coordinatorsSentence(m) }) });

  blocks.push({ kind: 'h1', text: t('report.sectionA') });
  if (m.general.length > 0) {
    blocks.push({ kind: 'h2', text: t('report.general') });
    for (const o of m.general) blocks.push({ kind: 'p', text: o.text });
  }
  if (m.specific.length > 0) {
    blocks.push({ kind: 'h2', text: t('report.specific') });
    for (const o of m.specific)
      blocks.push({ kind: 'p', text: o.number ? `${o.number}. ${o.text}` : o.text });
  }
  for (const note of m.objectivesNotes) blocks.push({ kind: 'p', text: note });

  blocks.push({ kind: 'h1', text: t('report.sectionB') });
  if (m.counts.total > 0)
    blocks.push({
      kind: 'p',
      text: t('report.progressIntro', {
        completed: m.counts.completed,
        total: m.counts.total,
        percent: m.counts.overall,
      }),
    });
  if (m.onObjectives.length === 0 && m.onActivities.length === 0)
    blocks.push({ kind: 'p', text: t('report.noProgress') });
  for (const e of m.onObjectives)
    blocks.push(...entryBlocks(e, `${t('report.onObjective', { number: e.number })}. ${e.text}`, t));
  for (const e of m.onActivities) blocks.push(...entryBlocks(e, `${e.number}. ${e.text}`, t));
  if (m.references.length > 0) {
    blocks.push({ kind: 'h2', text: t('report.references') });
    for (const r of m.references) blocks.push(...referenceBlocks(r, t));
  }
  if (m.meetings.held.length > 0) {
    blocks.push({ kind: 'h2', text: t('report.meetingsHeld') });
    for (const meeting of m.meetings.held) blocks.push(...meetingBlocks(meeting, t));
  }

  blocks.push({ kind: 'h1', text: t('report.sectionC') });
  if (m.current.length === 0 && m.meetings.planned.length === 0)
    blocks.push({ kind: 'p', text: t('report.noCurrent') });
  for (const c of m.current) {
    const number = c.kind === 'objective' ? t('report.onObjective', { number: c.number }) : c.number;
    blocks.push({ kind: 'bullet', text: `${number}. ${c.text} (${t(`status.${c.status}`)})` });
    if (c.nextSteps !== '')
      blocks.push({ kind: 'labelled', label: t('report.nextSteps'), text: c.nextSteps });
  }
  if (m.meetings.planned.length > 0) {
    blocks.push({ kind: 'h2', text: t('report.meetingsPlanned') });
    for (const meeting of m.meetings.planned) blocks.push(...meetingBlocks(meeting, t));
  }

  blocks.push({
    kind: 'h1',
    text: m.nextProgramme === null ? t('report.sectionD') : `${t('report.sectionD')} (${m.nextProgramme})`,
  });
  blocks.push({ kind: 'p', text: t('report.nextIntro') });
  for (const o of m.nextObjectives)
    blocks.push({ kind: 'p', text: o.number ? `${o.number}. ${o.text}` : o.text });

  blocks.push({
    kind: 'h1',
    text: m.nextProgramme === null ? t('report.sectionE') : `${t('report.sectionE')} (${m.nextProgramme})`,
  });
  for (const s of m.plan) {
    blocks.push({ kind: 'h2', text: s.heading ?? t('report.generalActivities') });
    for (const a of s.activities) {
      const planned = a.planned === null ? '' : ` — ${t('report.plannedLine', { planned: a.planned })}`;
      blocks.push({ kind: 'bullet', text: `${a.number}) ${a.text}${planned}` });
      for (const sub of a.subItems) blocks.push({ kind: 'p', text: `– ${sub}` });
    }
  }
  const note = m.languageNote;
  if (note !== null)
    blocks.push({
      kind: 'note',
      text: t(`footnotes.language.${note.kind}`, {
        shown: note.shown,
        held: note.held,
        original: note.original,
        symbol: note.symbol,
      }),
    });
  return blocks;
}
