import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Institution, Programme, WorkingGroup } from '../../shared/model/programme';
import { ProgressReport } from '../../shared/model/records';
import type { Localized } from '../../shared/model/text';
import { REPO_ROOT } from './seedText';
import { flatten, parseReport2011, readReport2011 } from './seedReport2011';

/**
 * The MDG working group as encoded in data/ must say what its 2011 activity report (LC/L.3387(CEA.6/14))
 * says: the 2009–2011 objectives word for word, every lettered activity of the 2012–2013 plan under its
 * section, and progress that quotes the report and points at objectives that exist.
 */

const SYMBOL = 'LC/L.3387(CEA.6/14)';

function readJson(relative: string): unknown {
  const path = join(REPO_ROOT, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: the MDG group has not been encoded yet`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const report = parseReport2011(readReport2011());
const group2011 = WorkingGroup.parse(readJson('data/programmes/2009-2011/groups/MDG.json'));
const group2013 = WorkingGroup.parse(readJson('data/programmes/2012-2013/groups/MDG.json'));
const progress = z.array(z.unknown()).parse(readJson('data/progress/2009-2011-MDG.json'));
const nsos = z.array(Institution).parse(readJson('data/institutions/nso.json'));

/** Whether the report says this, word for word; a failure names the text, not the whole document. */
function expectQuoted(text: string, where: string): void {
  expect(report.flat.includes(text), `${where} is not in the report: "${text}"`).toBe(true);
}

const specific = (g: WorkingGroup): { number: string; text: string }[] =>
  g.objectives.filter((o) => o.kind === 'specific').map((o) => ({ number: o.number, text: o.text.es ?? '' }));

/** Every Localized text of a group, labelled so a failure says where it is. */
function texts(g: WorkingGroup): { where: string; text: Localized }[] {
  return [
    { where: 'title', text: g.title },
    { where: 'theme', text: g.theme },
    ...g.background.map((text, i) => ({ where: `background ${i + 1}`, text })),
    ...g.financing.map((text, i) => ({ where: `financing ${i + 1}`, text })),
    ...g.objectives.map((o) => ({ where: `${o.kind} objective ${o.number}`, text: o.text })),
    ...g.activities.flatMap((a) => [
      { where: `activity ${a.number}`, text: a.text },
      ...(a.section ? [{ where: `activity ${a.number} section`, text: a.section }] : []),
      ...a.subItems.map((text, i) => ({ where: `activity ${a.number} item ${i + 1}`, text })),
    ]),
  ];
}

describe('the seed report', () => {
  it('is the 2011 MDG activity report with the parts the tests rely on', () => {
    expectQuoted(SYMBOL, 'the symbol');
    expect(report.objectives2009_2011).toHaveLength(7);
    expect(report.objectives2012_2013).toHaveLength(5);
    expect(report.plan.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe.each([
  ['2009-2011', '2009-01', '2011-12'],
  ['2012-2013', '2012-01', '2013-12'],
])('programme %s', (id, start, end) => {
  it('is the biennium, sourced from the Spanish report', () => {
    const programme = Programme.parse(readJson(`data/programmes/${id}/programme.json`));
    expect(programme).toMatchObject({ id, start, end, symbol: SYMBOL, sourceLang: 'es', groups: [] });
    expect(programme.title.es).toContain(id);
  });
});

describe.each([
  ['2009-2011', group2011],
  ['2012-2013', group2013],
])('MDG group of %s', (programme, group) => {
  it('is the working group on monitoring the MDGs, coordinated by Argentina (INDEC) with ECLAC', () => {
    expect(group.id).toBe(`${programme}/MDG`);
    expect(group.programme).toBe(programme);
    expect(group.numeral).toBe('MDG');
    // The report gives the group's name in capitals in its title.
    expectQuoted((group.title.es ?? '').toUpperCase(), 'title');
    expect(group.coordinators).toEqual([{ country: 'ARG', institution: 'nso-arg' }]);
    expect(group.secretariats).toEqual(['eclac-statistics-projections']);
  });

  it('keeps the Spanish of the report as the original and carries an unofficial English translation', () => {
    for (const { where, text } of texts(group)) {
      expect({ where, orig: text.orig, unofficial: text.unofficial }).toEqual({ where, orig: 'es', unofficial: ['en'] });
      expect(text.en, `${where} has no English`).toBeTruthy();
    }
  });

  it('quotes the report word for word in every Spanish text but the theme', () => {
    const quoted = texts(group).filter(({ where }) => where !== 'theme' && !where.endsWith('section'));
    for (const { where, text } of quoted) {
      // A general objective is lifted out of a sentence, so it starts with a capital the report does not have.
      const es = text.es ?? '';
      const inReport = report.flat.includes(es) || report.flat.includes(es.charAt(0).toLowerCase() + es.slice(1));
      expect(inReport, `${where} is not in the report: "${es}"`).toBe(true);
    }
  });
});

describe('MDG group of 2009-2011', () => {
  it('has the seven specific objectives the fifth Conference approved, in the report\'s words', () => {
    expect(specific(group2011)).toEqual(report.objectives2009_2011);
    expect(specific(group2011).map((o) => o.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    for (const { number, text } of specific(group2011)) expectQuoted(text, `objective ${number}`);
  });

  it('states its plan as objectives: progress attaches to them, not to activities', () => {
    expect(group2011.activities).toEqual([]);
  });
});

describe('MDG group of 2012-2013', () => {
  const bySection = (section: string) => group2013.activities.filter((a) => a.number.startsWith(`${section}.`));

  it('has the five specific objectives of part D', () => {
    expect(specific(group2013)).toEqual(report.objectives2012_2013);
  });

  it('has as many lettered activities in each section as part E of the report', () => {
    for (const section of report.plan) {
      expect(bySection(section.number).length, `section ${section.number}`).toBe(section.activities.length);
    }
    expect(group2013.activities).toHaveLength(report.plan.reduce((n, s) => n + s.activities.length, 0));
    expect(group2013.activities).toHaveLength(14);
  });

  it('numbers each activity by section and letter, in the report\'s order, with well-formed ids', () => {
    const expected = report.plan.flatMap((s) => s.activities.map((a) => `${s.number}.${a.letter}`));
    expect(group2013.activities.map((a) => a.number)).toEqual(expected);
    for (const a of group2013.activities) {
      expect(a.id).toBe(`2012-2013/MDG/${a.number}`);
      expect(a.id).toMatch(/^2012-2013\/MDG\/[1-6]\.[a-z]$/);
      expect(a.programme).toBe('2012-2013');
      expect(a.group).toBe('MDG');
    }
    expect(new Set(group2013.activities.map((a) => a.id)).size).toBe(group2013.activities.length);
  });

  it('gives every activity its section heading, its text and its bullets as the report writes them', () => {
    for (const section of report.plan) {
      const encoded = bySection(section.number);
      section.activities.forEach((seed, i) => {
        const activity = encoded[i];
        expect(activity?.section?.es, `${section.number}.${seed.letter} section`).toBe(section.heading);
        expect(activity?.text.es, `${section.number}.${seed.letter} text`).toBe(seed.text);
        expect(activity?.subItems.map((s) => s.es), `${section.number}.${seed.letter} items`).toEqual(seed.subItems);
      });
    }
  });

  it('joins activity 2.c across the page break that cuts it', () => {
    const c = group2013.activities.find((a) => a.number === '2.c');
    expect(c?.text.es).toContain('indicadores de los ODM. La estrategia dependerá de la demanda');
  });

  it('leaves planned dates open, since the report gives none', () => {
    for (const a of group2013.activities) {
      expect(a.plannedStart).toEqual({ month: null, words: null });
      expect(a.plannedEnd).toEqual({ month: null, words: null });
    }
  });
});

describe('2009-2011 MDG progress', () => {
  const reports = progress.map((r) => ProgressReport.parse(r));
  const objectiveIds = new Set(
    group2011.objectives.filter((o) => o.kind === 'specific').map((o) => `2009-2011/MDG/objective-${o.number}`),
  );

  it('parses, one report per subsection of parts B and C (and objective 7, which B.2 i) names), each with its own id', () => {
    expect(reports).toHaveLength(7);
    expect(reports.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `seed-2009-2011-MDG-${n}`));
  });

  it('speaks to existing 2009-2011 objectives, never to an activity', () => {
    for (const r of reports) {
      expect(r.activity).toBeNull();
      expect(objectiveIds.has(r.objective ?? ''), `${r.id} targets ${r.objective}`).toBe(true);
    }
  });

  it('is the coordinator\'s report of 17 October 2011, for Argentina, not yet reviewed', () => {
    for (const r of reports) {
      expect(r.reportDate).toBe('2011-10-17');
      // "Informe preparado por la Argentina, país coordinador del grupo de trabajo, …"
      expect(r.author).toEqual({ name: 'Argentina, país coordinador del grupo de trabajo', email: '', country: 'ARG', role: 'coordinator' });
      expectQuoted(r.author.name, `${r.id} author`);
      expect(r.country).toBe('ARG');
      expect(r.review).toBeNull();
      expect(r.evidence).toContain(SYMBOL);
    }
  });

  it('quotes the report in every narrative paragraph and every piece of evidence', () => {
    for (const r of reports) {
      expect(r.narrative?.orig).toBe('es');
      expect(r.narrative?.unofficial).toEqual(['en']);
      const paragraphs = (r.narrative?.es ?? '').split('\n\n');
      expect(paragraphs.length).toBe((r.narrative?.en ?? '').split('\n\n').length);
      for (const p of paragraphs) expectQuoted(flatten(p.replace(/^- /, '')), `${r.id} narrative`);
      for (const e of r.evidence) expectQuoted(e, `${r.id} evidence`);
    }
  });

  it('records what the report says was achieved, and no measure or status it does not state', () => {
    const on = (n: string) => reports.filter((r) => r.objective === `2009-2011/MDG/objective-${n}`);
    // "Con esto, se da pleno cumplimiento al primer objetivo planteado para el período"
    expectQuoted('Con esto, se da pleno cumplimiento al primer objetivo planteado para el período', 'objective 1 met');
    expect(on('1').map((r) => r.status)).toEqual(['completed']);
    // "se ha replanteado el objetivo original": objective 3 was reformulated, not "in progress".
    expectQuoted('se ha replanteado el objetivo original', 'objective 3 reformulated');
    expect(on('3').map((r) => r.status)).toEqual(['reformulated']);
    // "contribuyendo al cumplimiento de los objetivos 2, 6 y 7 planteados para el período"
    expectQuoted('contribuyendo al cumplimiento de los objetivos 2, 6 y 7 planteados para el período', 'objective 7');
    expect(on('7')).toHaveLength(1);
    expect(on('7')[0]?.done).toContain('contribuyendo al cumplimiento de los objetivos 2, 6 y 7');
    // The report gives no other status and no measure of progress at all.
    for (const r of reports.filter((x) => !['1', '3'].some((n) => x.objective === `2009-2011/MDG/objective-${n}`))) {
      expect(r.status, r.id).toBeNull();
    }
    for (const r of reports) {
      expect(r.percent, `${r.id} percent`).toBeNull();
      expect(r.provenance?.percent, `${r.id} percent`).toEqual({ kind: 'unknown' });
      // Meeting dates are the meetings' (held as meeting records), not the objective's start or end.
      expect([r.actualStart, r.actualEnd], r.id).toEqual([null, null]);
    }
    // The regional reconciliation strategy rests on the four studies the report cites.
    expect(on('4')[0]?.evidence.filter((e) => e !== SYMBOL)).toHaveLength(4);
    expect(on('4')[0]?.evidence.some((e) => e.includes('LC/L.3176-P'))).toBe(true);
  });

  it('gives every status a quote of the report, and what was done, obstacles and next steps in its words', () => {
    for (const r of reports) {
      const status = r.provenance?.status;
      if (r.status === null) expect(status, r.id).toEqual({ kind: 'unknown' });
      else {
        expect(status?.kind, r.id).toBe('stated');
        if (status?.kind === 'stated') expectQuoted(status.quote ?? '', `${r.id} status`);
      }
      if (r.provenance?.objective?.kind === 'stated') expectQuoted(r.provenance.objective.quote ?? '', `${r.id} objective`);
      for (const field of ['done', 'obstacles', 'nextSteps'] as const) {
        const text = r[field];
        if (text === '') continue;
        for (const sentence of text.split(/(?<=\.) (?=[A-Z])/)) expectQuoted(sentence, `${r.id} ${field}`);
        // Each has its English beside it (ours, marked unofficial), in the same words as the narrative's translation.
        expect(r.localized?.[field], `${r.id} ${field}`).toMatchObject({ orig: 'es', es: text, unofficial: ['en'] });
        expect(r.localized?.[field]?.en, `${r.id} ${field}`).toBeTruthy();
        expect(r.provenance?.[field]?.kind, `${r.id} ${field}`).toBe('stated');
      }
    }
  });
});

describe('coordinator', () => {
  it('is INDEC, the statistical office of Argentina the report names', () => {
    const indec = nsos.find((i) => i.id === 'nso-arg');
    expect(indec).toMatchObject({ kind: 'nso', country: 'ARG', acronym: 'INDEC' });
    expectQuoted(`${indec?.name.es} (${indec?.acronym})`, 'INDEC');
    expectQuoted('Informe preparado por la Argentina, país coordinador del grupo de trabajo', 'the coordinating country');
  });
});
