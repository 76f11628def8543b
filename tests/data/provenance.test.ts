import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeed } from '../../electron/seed';
import type { Provenances } from '../../shared/model/provenance';
import { deriveState } from '../../shared/state';
import { flatten, readReport2011 } from './seedReport2011';
import { REPO_ROOT, readSeed2020_2021, stripMarkup } from './seedText';

/**
 * Every seeded fact has a provenance (stated in the document, with where; derived, with the rule; or
 * unknown), and every quote a provenance gives is in its document word for word.
 */
const db = loadSeed(join(REPO_ROOT, 'data'));
const state = deriveState(db);
const documents: Record<string, string> = {
  'LC/CEA.10/5': flatten(stripMarkup(readSeed2020_2021())),
  'LC/L.3387(CEA.6/14)': flatten(readReport2011()),
};

function quotesOf(provenance: Provenances | null | undefined): string[] {
  return Object.values(provenance ?? {}).flatMap((p) => (p.kind === 'stated' && p.quote !== undefined ? [p.quote] : []));
}

function expectIn(symbol: string, quote: string, where: string) {
  const doc = documents[symbol] ?? '';
  // Headings are quoted as printed, in capitals; text in its case. Ellipses join two quoted parts.
  for (const part of flatten(quote).split(' … ')) {
    expect(doc.includes(part) || doc.toUpperCase().includes(part), `${where}: "${part}" is not in ${symbol}`).toBe(true);
  }
}

describe('provenance of the shipped data', () => {
  it('names, for every programme, its document, its versions and where its own fields come from', () => {
    for (const p of db.programmes) {
      expect(p.document, p.id).toBeDefined();
      expect(p.versions?.length, p.id).toBeGreaterThan(0);
      expect(Object.keys(p.provenance ?? {}), p.id).toEqual(expect.arrayContaining(['title', 'versions', 'start', 'end']));
      const symbol = p.document!.symbol;
      expectIn(symbol, symbol, `${p.id} symbol`);
      // The document's date as its masthead prints it: "18 November 2019", "17 de octubre de 2011".
      const [y, m, d] = p.document!.date.split('-').map(Number) as [number, number, number];
      const printed = new Intl.DateTimeFormat(p.document!.lang === 'en' ? 'en-GB' : p.document!.lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
      expectIn(symbol, printed, `${p.id} date`);
      for (const q of quotesOf(p.provenance)) expectIn(symbol, q, p.id);
    }
  });

  it('gives every group the section it comes from and a provenance for what is derived or unknown', () => {
    for (const p of db.programmes) {
      for (const g of p.groups) {
        expect(g.source, g.id).toMatch(new RegExp(`^${p.document!.symbol.replace(/[()./]/g, '\\$&')}, `));
        expect(g.provenance, g.id).toBeDefined();
        for (const field of ['coordinators.institution', 'secretariats', 'members']) expect(g.provenance?.[field], `${g.id} ${field}`).toBeDefined();
        for (const q of quotesOf(g.provenance)) expectIn(p.document!.symbol, q, g.id);
      }
    }
  });

  it('gives every seeded progress report and meeting a provenance for each fact the report may not state', () => {
    const seededReports = state.reports.filter((r) => r.id.startsWith('seed-'));
    const seededMeetings = state.meetings.filter((m) => m.id.startsWith('seed-'));
    expect(seededReports).toHaveLength(7);
    expect(seededMeetings).toHaveLength(8);
    for (const r of seededReports) {
      for (const field of ['status', 'percent', 'actualStart', 'actualEnd', 'author', 'reportDate', 'objective']) expect(r.provenance?.[field], `${r.id} ${field}`).toBeDefined();
      for (const q of quotesOf(r.provenance)) expectIn('LC/L.3387(CEA.6/14)', q, r.id);
    }
    for (const m of seededMeetings) {
      for (const field of ['start', 'end', 'title', 'objectives', 'author']) expect(m.provenance?.[field], `${m.id} ${field}`).toBeDefined();
      for (const q of quotesOf(m.provenance)) expectIn('LC/L.3387(CEA.6/14)', q, m.id);
      // A title lifted out of a sentence ("Este primer Encuentro de países …") starts with a capital the report does not have.
      const title = m.title.es ?? '';
      expectIn('LC/L.3387(CEA.6/14)', documents['LC/L.3387(CEA.6/14)']!.includes(title) ? title : title.charAt(0).toLowerCase() + title.slice(1), `${m.id} title`);
    }
  });

  it('keeps the meetings\' facts as the report gives them', () => {
    const byTitle = (start: string) => state.meetings.find((m) => m.title.es?.startsWith(start))!;
    // "del 31 de enero al 3 de febrero de 2011 se realizó el Taller … en San José, organizado por la División de Estadísticas de las Naciones Unidas"
    expect(byTitle('Taller sobre el monitoreo')).toMatchObject({ start: '2011-01-31', end: '2011-02-03', placeCountry: 'CRI', countries: ['CRI', 'ECU', 'HND', 'PAN', 'PRY', 'DOM', 'VEN'] });
    expect(byTitle('Taller sobre el monitoreo').agencies).toHaveLength(7);
    // "se llevó a cabo del 28 al 30 de septiembre de 2009 y contó con el apoyo financiero del Banco Interamericano de Desarrollo (BID)"
    expect(byTitle('Primer Encuentro').funders.map((f) => f.es)).toContain('Banco Interamericano de Desarrollo (BID)');
    // "a realizarse en México, D.F. los días 1 y 2 de diciembre": announced, not held; its year is ours.
    expect(byTitle('Seminario anual').held).toBe(true);
    const mexico = state.meetings.find((m) => m.place.es === 'México, D.F.')!;
    expect(mexico).toMatchObject({ held: false, start: '2011-12-01', end: '2011-12-02' });
    expect(mexico.provenance?.start?.kind).toBe('derived');
  });

  it('holds every document referred to as its programme\'s document cites it, word for word', () => {
    const meetings = new Set(state.meetings.map((m) => m.id));
    for (const p of db.programmes) {
      const symbol = p.document!.symbol;
      for (const g of p.groups) {
        const objectives = new Set(g.objectives.map((o) => `${g.id}/objective-${o.number}`));
        const activities = new Set(g.activities.map((a) => a.id));
        for (const r of g.references ?? []) {
          expect(r.group, r.id).toBe(g.id);
          expectIn(symbol, r.citation, `${r.id} citation`);
          expectIn(symbol, r.title[r.title.orig]!, `${r.id} title`);
          expect(r.title.orig, r.id).toBe(p.document!.lang);
          for (const a of r.authors) expect(flatten(r.citation), `${r.id} author`).toContain(a);
          if (r.symbol !== null) expect(flatten(r.citation), `${r.id} symbol`).toContain(r.symbol);
          if (r.year !== null) expect(flatten(r.citation), `${r.id} year`).toContain(String(r.year));
          if (r.publisher !== null) expect(flatten(r.citation), `${r.id} publisher`).toContain(r.publisher);
          for (const o of r.objectives) expect(objectives.has(o), `${r.id} ${o}`).toBe(true);
          for (const a of r.activities) expect(activities.has(a), `${r.id} ${a}`).toBe(true);
          for (const m of r.meetings) expect(meetings.has(m), `${r.id} ${m}`).toBe(true);
          for (const field of ['title', 'kind', 'authors', 'publisher', 'symbol', 'year', 'objectives', 'meetings']) expect(r.provenance[field], `${r.id} ${field}`).toBeDefined();
          for (const q of quotesOf(r.provenance)) expectIn(symbol, q, r.id);
        }
      }
    }
  });

  it('holds the four documents the MDG report lists in B.1 i), as it cites them', () => {
    const group = db.programmes.flatMap((p) => p.groups).find((g) => g.id === '2009-2011/MDG')!;
    const references = group.references ?? [];
    // One CEPAL publication and three papers presented at the 2009 seminar.
    expect(references.map((r) => [r.kind, r.year, r.symbol])).toEqual([
      ['publication', 2010, 'LC/L.3176-P'],
      ['document', 2009, null],
      ['document', 2009, null],
      ['document', 2009, null],
    ]);
    // "… (LC/L.3176-P), Santiago de Chile, Comisión Económica para América Latina y el Caribe (CEPAL)"
    expect(references[0]?.publisher).toBe('Comisión Económica para América Latina y el Caribe (CEPAL)');
    for (const r of references) expectIn('LC/L.3387(CEA.6/14)', `“${r.title.es}”`, `${r.id} title in quotation marks`);
    // "apuntando hacia el cumplimiento de los objetivos 2 y 4"
    for (const r of references) expect(r.objectives, r.id).toEqual(['2009-2011/MDG/objective-2', '2009-2011/MDG/objective-4']);
    // The papers "presentado en el Seminario anual …" of 5 and 6 November 2009 point to that meeting's record.
    const seminar = state.meetings.find((m) => m.start === '2009-11-05')!;
    expect(references.filter((r) => r.meetings.includes(seminar.id))).toHaveLength(3);
  });

  it('has no data file that the seed does not read', () => {
    const folders = readdirSync(join(REPO_ROOT, 'data'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual(['institutions', 'meetings', 'programmes', 'progress', 'references']);
    expect(JSON.parse(readFileSync(join(REPO_ROOT, 'data/meetings/2009-2011-MDG.json'), 'utf8'))).toHaveLength(8);
  });
});
