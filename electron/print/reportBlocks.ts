import type { TFunction } from 'i18next';
import type { ActivityReportModel, ReportEntry } from '../../shared/report/activityReport';
import { coordinatorsSentence } from '../../shared/report/activityReport';
import { sheetsI18n } from '../../shared/report/sheetsI18n';

/**
 * The activity report as a flat list of typed blocks. The .docx and the PDF are two renderings of the
 * same list, so the two files cannot drift apart in content or order.
 */
export type Block =
  | { kind: 'title' | 'subtitle' | 'note' | 'h1' | 'h2' | 'p' | 'bullet'; text: string }
  | { kind: 'labelled'; label: string; text: string };

function entryBlocks(e: ReportEntry, heading: string, t: TFunction): Block[] {
  return [
    { kind: 'h2', text: heading },
    { kind: 'note', text: t('report.statusLine', { status: t(`status.${e.status}`), percent: e.percent === 'not-stated' ? t('table.notStated') : e.percent, date: e.date, who: e.who }) },
    ...e.paragraphs.map((text): Block => ({ kind: 'p', text })),
    ...e.obstacles.map((text): Block => ({ kind: 'labelled', label: t('report.obstacles'), text })),
    ...(e.evidence.length > 0 ? [{ kind: 'labelled', label: t('report.evidence'), text: e.evidence.join('; ') } as Block] : []),
  ];
}

export function reportBlocks(m: ActivityReportModel): Block[] {
  const t = sheetsI18n(m.lang).t;
  const blocks: Block[] = [
    { kind: 'title', text: t('report.title', { numeral: m.numeral, title: m.title }) },
    { kind: 'subtitle', text: t('report.subtitle', { programme: `${m.programme} (${m.symbol})`, date: m.date }) },
    { kind: 'note', text: t('report.draftNote') },
  ];
  if (m.coordinators.length > 0) blocks.push({ kind: 'p', text: t('report.coordinatedBy', { list: coordinatorsSentence(m) }) });

  blocks.push({ kind: 'h1', text: t('report.sectionA') });
  if (m.general.length > 0) {
    blocks.push({ kind: 'h2', text: t('report.general') });
    for (const o of m.general) blocks.push({ kind: 'p', text: o.text });
  }
  if (m.specific.length > 0) {
    blocks.push({ kind: 'h2', text: t('report.specific') });
    for (const o of m.specific) blocks.push({ kind: 'p', text: o.number ? `${o.number}. ${o.text}` : o.text });
  }

  blocks.push({ kind: 'h1', text: t('report.sectionB') });
  if (m.counts.total > 0) blocks.push({ kind: 'p', text: t('report.progressIntro', { completed: m.counts.completed, total: m.counts.total, percent: m.counts.overall }) });
  if (m.onObjectives.length === 0 && m.onActivities.length === 0) blocks.push({ kind: 'p', text: t('report.noProgress') });
  for (const e of m.onObjectives) blocks.push(...entryBlocks(e, `${t('report.onObjective', { number: e.number })}. ${e.text}`, t));
  for (const e of m.onActivities) blocks.push(...entryBlocks(e, `${e.number}. ${e.text}`, t));

  blocks.push({ kind: 'h1', text: t('report.sectionC') });
  if (m.current.length === 0) blocks.push({ kind: 'p', text: t('report.noCurrent') });
  for (const c of m.current) {
    blocks.push({ kind: 'bullet', text: `${c.number}. ${c.text} (${t(`status.${c.status}`)})` });
    if (c.nextSteps !== '') blocks.push({ kind: 'labelled', label: t('report.nextSteps'), text: c.nextSteps });
  }

  blocks.push({ kind: 'h1', text: m.nextProgramme === null ? t('report.sectionD') : `${t('report.sectionD')} (${m.nextProgramme})` });
  blocks.push({ kind: 'p', text: t('report.nextIntro') });
  for (const o of m.nextObjectives) blocks.push({ kind: 'p', text: o.number ? `${o.number}. ${o.text}` : o.text });

  blocks.push({ kind: 'h1', text: m.nextProgramme === null ? t('report.sectionE') : `${t('report.sectionE')} (${m.nextProgramme})` });
  for (const s of m.plan) {
    blocks.push({ kind: 'h2', text: s.heading ?? t('report.generalActivities') });
    for (const a of s.activities) {
      const planned = a.planned === null ? '' : ` — ${t('report.plannedLine', { planned: a.planned })}`;
      blocks.push({ kind: 'bullet', text: `${a.number}) ${a.text}${planned}` });
      for (const sub of a.subItems) blocks.push({ kind: 'p', text: `– ${sub}` });
    }
  }
  return blocks;
}
