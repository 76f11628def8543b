import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/errors';
import { buildCountrySheet } from '../../shared/report/countrySheet';
import { buildGroupSheet } from '../../shared/report/groupSheet';
import type { ReportSource } from '../../shared/report/source';
import { seedSource, sourceWithX, TODAY } from './fixtures';

/** Intl puts thin spaces around range dashes; compare the words, not the kind of space. */
const plain = (s: string | null | undefined) => s?.replace(/\s/g, ' ');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppFailure) return e.error.code;
    throw e;
  }
  return undefined;
}

describe('status sheet of a working group', () => {
  const x = buildGroupSheet(sourceWithX(), '2020-2021/X', 'en', TODAY);

  it('heads the sheet with the programme, the output, theme, coordinators, secretariats and both dates', () => {
    expect(x.header).toMatchObject({
      symbol: 'LC/CEA.10/5',
      numeral: 'X',
      title: {
        text: 'Manual on the design of security and criminal justice statistical systems',
        unofficial: false,
      },
      theme: { text: 'public security and justice' },
      dataDate: '31 May 2021',
      printDate: '15 Jun 2021',
      reportsOf: null,
    });
    expect(x.header.coordinators).toEqual([expect.stringMatching(/^Mexico: .*INEGI/)]);
    expect(x.header.secretariats).toHaveLength(2);
    expect(x.header.secretariats.join(' ')).toMatch(/UNODC-INEGI/);
    for (const s of x.header.secretariats)
      expect(s.match(/UNODC-INEGI\)/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('counts completed, in progress, delayed, overdue and not started, and the overall percent', () => {
    expect(x.summary).toMatchObject({
      total: 16,
      completed: 3,
      inProgress: 3,
      delayed: 2,
      notStarted: 8,
      overdue: 7,
    });
    // (3 × 100 + 70 + 40 + 60 + 0 + 35) / 16
    expect(x.summary.overall).toBeCloseTo(505 / 1600, 6);
    expect(x.overall).toBe('32%');
  });

  it('draws each planned period on the 24 months of the biennium with a today line', () => {
    expect(x.axis.months).toHaveLength(24);
    expect(x.axis.months[0]).toMatchObject({ month: '2020-01', initial: 'J', startsYear: true });
    expect(x.axis.months[12]).toMatchObject({ month: '2021-01', startsYear: true });
    expect(x.axis.today).toBeCloseTo((17 + 14 / 30) / 24, 6);
    const [first, , , , , , , , , , , , , , , last] = x.rows;
    expect(first?.bar).toEqual({ from: 0, to: 6 / 24, open: false });
    expect(last?.bar).toEqual({ from: 21 / 24, to: 1, open: false });
    expect(plain(first?.planned)).toBe('Jan – Jun 2020');
    expect(plain(x.rows[8]?.planned)).toBe('Jan – Mar 2021');
    expect(plain(x.rows[4]?.planned)).toBe('Jun – Dec 2020');
  });

  it('lists every activity with its status, percent, last update and remarks; unreported ones say so', () => {
    const byNumber = new Map(x.rows.map((r) => [r.number, r]));
    expect(byNumber.get('4')).toMatchObject({
      status: 'delayed',
      percent: 70,
      overdue: true,
      lastUpdate: '2 Nov 2020',
      reporter: 'MEX',
    });
    expect(byNumber.get('4')?.remarks).toMatch(/^Field consultations moved online/);
    expect(byNumber.get('6')).toMatchObject({ status: 'in-progress', reporter: 'COL' });
    expect(byNumber.get('7')).toMatchObject({
      status: null,
      percent: null,
      overdue: true,
      lastUpdate: null,
      remarks: '',
    });
    expect(byNumber.get('16')).toMatchObject({ status: null, overdue: false });
  });

  it('sets planned contributions against what was committed and spent, in the currency', () => {
    expect(x.financing.rows).toEqual([
      // "will provide and administer US$ 140,000": the plan does not say monetary or in kind.
      expect.objectContaining({
        form: 'not-stated',
        currency: 'USD',
        planned: 'US$140,000.00',
        committed: 'US$90,000.00',
        spent: 'US$41,250.50',
      }),
    ]);
    expect(x.financing.totals).toEqual([]);
  });

  it('prints in the reader language: Intl months and money, and one note on what its Spanish texts are', () => {
    const es = buildGroupSheet(sourceWithX(), '2020-2021/X', 'es', TODAY);
    expect(es.header.title).toEqual({
      text: 'Manual para el diseño de sistemas estadísticos de seguridad y justicia penal',
      unofficial: true,
    });
    expect(plain(es.rows[0]?.planned)).toBe('ene–jun 2020');
    expect(es.financing.rows[0]?.planned).toMatch(/^140\.000,00\sUS\$$/);
    // "ENGLISH / ORIGINAL: SPANISH": our Spanish translates the English version; the official Spanish may differ.
    expect(es.languageNote).toEqual({
      kind: 'officialMayDiffer',
      shown: 'español',
      held: 'inglés',
      original: 'español',
      symbol: 'LC/CEA.10/5',
    });
    expect(buildGroupSheet(sourceWithX(), '2020-2021/X', 'en', TODAY).languageNote).toMatchObject({
      kind: 'version',
      held: 'English',
      original: 'Spanish',
    });
    // Without a document record (as a programme entered in the app), a Portuguese sheet says its texts are English.
    const entered = sourceWithX();
    const noDocument = {
      ...entered,
      programmes: entered.programmes.map(({ document: _held, ...p }) => ({
        ...p,
        sourceLang: 'en' as const,
      })),
    };
    expect(buildGroupSheet(noDocument, '2020-2021/X', 'pt', TODAY).languageNote).toMatchObject({
      kind: 'untranslated',
      held: 'inglês',
      shown: 'português',
    });
    expect(buildGroupSheet(noDocument, '2020-2021/X', 'en', TODAY).languageNote).toBeNull();
    const fr = buildGroupSheet(sourceWithX(), '2020-2021/X', 'fr', TODAY);
    expect(fr.header.dataDate).toBe('31 mai 2021');
    expect(fr.overall).toMatch(/^32\s%$/);
  });

  it('shows planned dates stated in words as words, without a bar', () => {
    const ii = buildGroupSheet(seedSource(), '2020-2021/II', 'es', TODAY);
    const row = ii.rows.find((r) => r.number === '2');
    expect(row).toMatchObject({ planned: 'Por definir en mayo de 2020', bar: null, overdue: false });
  });

  it('prints only the footnotes the activities point at', () => {
    const marks = new Set(x.rows.flatMap((r) => r.footnotes));
    expect(x.footnotes.every((f) => marks.has(f.mark))).toBe(true);
  });

  it('takes a bare numeral as a group of the current programme, and refuses unknown groups', () => {
    expect(buildGroupSheet(sourceWithX(), 'x', 'en', TODAY).groupId).toBe('2020-2021/X');
    expect(codeOf(() => buildGroupSheet(sourceWithX(), '2020-2021/XX', 'en', TODAY))).toBe('UNKNOWN_GROUP');
    expect(codeOf(() => buildGroupSheet(sourceWithX(), '1999-2000/X', 'en', TODAY))).toBe('UNKNOWN_GROUP');
  });

  it("lets a coordinator's cancellation stand over a country's report", () => {
    const source: ReportSource = { ...sourceWithX(), decisions: new Map([['2020-2021/X/4', 'cancelled']]) };
    const sheet = buildGroupSheet(source, 'X', 'en', TODAY);
    expect(sheet.rows.find((r) => r.number === '4')).toMatchObject({ status: 'cancelled', overdue: false });
    expect(sheet.summary.delayed).toBe(1);
  });

  it("counts only one country's reports when asked for that country's view of the group", () => {
    const col = buildGroupSheet(sourceWithX(), 'X', 'en', TODAY, 'COL');
    expect(col.header.reportsOf).toBe('Colombia');
    expect(col.rows.filter((r) => r.status !== null).map((r) => r.number)).toEqual(['6']);
    expect(codeOf(() => buildGroupSheet(sourceWithX(), 'X', 'en', TODAY, 'ZZZ'))).toBe('UNKNOWN_COUNTRY');
  });
});

describe('status sheet of a country', () => {
  it("lists the country's groups with its role, its own latest reports and what is overdue", () => {
    const mex = buildCountrySheet(sourceWithX(), 'mex', null, 'es', TODAY);
    expect(mex.country).toBe('México');
    const x = mex.groups.find((g) => g.numeral === 'X');
    expect(x).toMatchObject({ role: 'coordinator', summary: { completed: 3, total: 16 } });
    expect(mex.reports.map((r) => `${r.numeral}.${r.number}`)).toEqual([
      'X.10',
      'X.5',
      'X.9',
      'X.4',
      'X.3',
      'X.1',
      'X.2',
    ]);
    expect(mex.reports[0]?.date).toBe('31 may 2021');
    expect(mex.overdue.filter((o) => o.numeral === 'X').map((o) => o.number)).toEqual([
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '11',
    ]);
  });

  it('refuses an unknown country', () => {
    expect(codeOf(() => buildCountrySheet(sourceWithX(), 'ZZZ', null, 'en', TODAY))).toBe('UNKNOWN_COUNTRY');
  });
});
