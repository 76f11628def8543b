import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Country, Institution, Programme, WorkingGroup } from '../../shared/model/programme';
import { LANGS, type Lang, type Localized } from '../../shared/model/text';
import {
  NUMERALS,
  REPO_ROOT,
  monthOfWords,
  parseSeed2020_2021,
  readSeed2020_2021,
  stripMarkup,
  type Numeral,
  type SeedGroup,
} from './seedText';

/**
 * The 2020–2021 programme as encoded in data/ must say what LC/CEA.10/5 says: every plan row with its
 * dates, the coordinators, secretariats and contributions, in English as written and in Spanish too.
 */

const PROGRAMME_DIR = join(REPO_ROOT, 'data/programmes/2020-2021');
const groupPath = (numeral: Numeral): string => join(PROGRAMME_DIR, 'groups', `${numeral}.json`);

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function readGroup(numeral: Numeral): WorkingGroup {
  const path = groupPath(numeral);
  if (!existsSync(path)) throw new Error(`${path} is missing: group ${numeral} has not been encoded yet`);
  return WorkingGroup.parse(readJson(path));
}

const seed = parseSeed2020_2021(readSeed2020_2021());
function seedGroup(numeral: Numeral): SeedGroup {
  const group = seed.get(numeral);
  if (!group) throw new Error(`the seed document has no group ${numeral}`);
  return group;
}

const countries = z.array(Country).parse(readJson(join(REPO_ROOT, 'data/countries.json')));
const agencies = z.array(Institution).parse(readJson(join(REPO_ROOT, 'data/institutions/agencies.json')));

/** The document names a secretariat by its full name, its name with the acronym, or the acronym alone. */
function agencyNamed(name: string): string | undefined {
  return agencies.find(
    (a) => [a.name.en, `${a.name.en} (${a.acronym})`, a.acronym].includes(name),
  )?.id;
}

interface Placed {
  where: string;
  text: Localized;
}

/** Texts the brief requires in both English and Spanish. */
function requiredBilingual(g: WorkingGroup): Placed[] {
  const words = (a: WorkingGroup['activities'][number]): Placed[] =>
    [a.plannedStart, a.plannedEnd].flatMap((d, i) =>
      d.words ? [{ where: `activity ${a.number} ${i === 0 ? 'start' : 'end'}`, text: d.words }] : [],
    );
  return [
    { where: 'title', text: g.title },
    { where: 'theme', text: g.theme },
    ...g.objectives.map((o) => ({ where: `objective ${o.kind} ${o.number}`, text: o.text })),
    ...g.activities.flatMap((a) => [
      { where: `activity ${a.number}`, text: a.text },
      ...a.subItems.map((s, i) => ({ where: `activity ${a.number} sub-item ${i + 1}`, text: s })),
      ...(a.section ? [{ where: `activity ${a.number} section`, text: a.section }] : []),
      ...words(a),
    ]),
    ...g.contributions.flatMap((c) => [
      { where: `${c.id} source`, text: c.source },
      ...(c.purpose ? [{ where: `${c.id} purpose`, text: c.purpose }] : []),
    ]),
    ...g.footnotes.map((f) => ({ where: `footnote ${f.mark}`, text: f.text })),
  ];
}

/** Narrative paragraphs: English required, Spanish welcome. */
function narrative(g: WorkingGroup): Placed[] {
  return [
    ...g.background.map((text, i) => ({ where: `background ${i + 1}`, text })),
    ...g.expectedImpact.map((text, i) => ({ where: `expected impact ${i + 1}`, text })),
    ...g.financing.map((text, i) => ({ where: `financing ${i + 1}`, text })),
  ];
}

function languagesOf(t: Localized): Lang[] {
  return LANGS.filter((l) => t[l] !== undefined);
}

describe('the 2020–2021 programme file', () => {
  it('parses as a Programme and names the document it comes from', () => {
    const programme = Programme.parse(readJson(join(PROGRAMME_DIR, 'programme.json')));
    expect(programme).toMatchObject({ id: '2020-2021', symbol: 'LC/CEA.10/5', start: '2020-01', end: '2021-12' });
    expect(programme.sourceLang).toBe('en');
    // "ENGLISH / ORIGINAL: SPANISH": we hold the English version; our Spanish translates it.
    expect(programme.title).toMatchObject({ orig: 'en', versionOf: 'es', unofficial: ['es'] });
    expect(programme.document).toMatchObject({ lang: 'en', original: 'es', masthead: 'ENGLISH / ORIGINAL: SPANISH' });
    // "**DRAFT BIENNIAL PROGRAMME OF REGIONAL AND INTERNATIONAL COOPERATION ACTIVITIES, 2020–2021, …**"
    expect(programme.title.en?.toUpperCase()).toBe(
      'DRAFT BIENNIAL PROGRAMME OF REGIONAL AND INTERNATIONAL COOPERATION ACTIVITIES, 2020–2021, OF THE STATISTICAL CONFERENCE OF THE AMERICAS OF THE ECONOMIC COMMISSION FOR LATIN AMERICA AND THE CARIBBEAN',
    );
    expect(programme.title.es).toMatch(/^Proyecto de programa bienal/);
    expect(programme.groups).toEqual([]);
  });

  it('holds the Introduction word for word, with its footnote, the document\'s date and its meeting', () => {
    const programme = Programme.parse(readJson(join(PROGRAMME_DIR, 'programme.json')));
    const text = readSeed2020_2021();
    const intro = text.slice(text.indexOf('INTRODUCTION'), text.indexOf('I. GUIDE TO THE IMPLEMENTATION'));
    // "This document sets forth the programmes of regional and international cooperation activities …"
    expect(programme.document?.introduction.map((p) => p.en)).toEqual(
      intro.split('\n\n').slice(1).map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('¹')),
    );
    expect(programme.document?.introduction.every((p) => p.versionOf === 'es' && p.es !== undefined && p.unofficial?.includes('es'))).toBe(true);
    // "¹ See [online] https://repositorio.cepal.org/…"
    const footnote = intro.split('\n\n').map((p) => p.trim()).find((p) => p.startsWith('¹ '));
    expect(programme.document?.footnotes.map((f) => `${f.mark} ${f.text.en}`)).toEqual([footnote?.replace(/^¹ /, '1 ')]);
    // "LC/CEA.10/5 / 18 November 2019 … Tenth meeting … Santiago, 19–21 November 2019"
    expect(programme.document).toMatchObject({ symbol: 'LC/CEA.10/5', date: '2019-11-18' });
    expect(programme.versions).toEqual([expect.objectContaining({ status: 'draft', symbol: 'LC/CEA.10/5', date: '2019-11-18' })]);
    expect(programme.versions?.[0]?.meeting.en).toBe('Tenth meeting of the Statistical Conference of the Americas of the Economic Commission for Latin America and the Caribbean, Santiago, 19–21 November 2019');
  });

  it('has one file for each of the eleven groups the document sets out', () => {
    expect([...seed.keys()]).toEqual([...NUMERALS]);
    const missing = NUMERALS.filter((n) => !existsSync(groupPath(n)));
    expect(missing, `group files missing: ${missing.join(', ')}`).toEqual([]);
  });
});

for (const numeral of NUMERALS) {
  describe(`group ${numeral} against the document`, () => {
    it('parses as a WorkingGroup of the 2020–2021 programme', () => {
      const g = readGroup(numeral);
      expect(g).toMatchObject({ id: `2020-2021/${numeral}`, programme: '2020-2021', numeral });
      expect(g.members).toEqual([]);
    });

    it('has the title and theme of the document', () => {
      const g = readGroup(numeral);
      const doc = seedGroup(numeral);
      expect(g.title.en).toBe(doc.title);
      expect(g.theme.en).toBe(doc.theme);
    });

    it('has the objectives as the document numbers them', () => {
      const g = readGroup(numeral);
      const actual = g.objectives.map((o) => ({ kind: o.kind, number: o.number, text: o.text.en }));
      expect(actual).toEqual(seedGroup(numeral).objectives);
    });

    it('has every plan row, with its number, English text, sub-items and footnote marks', () => {
      const g = readGroup(numeral);
      const rows = seedGroup(numeral).planRows;
      expect(g.activities.map((a) => a.number)).toEqual(rows.map((r) => r.number));
      rows.forEach((row, i) => {
        const a = g.activities[i];
        expect(a, `activity ${row.number}`).toBeDefined();
        if (!a) return;
        expect(a.id).toBe(`2020-2021/${numeral}/${row.number}`);
        expect({ programme: a.programme, group: a.group }).toEqual({ programme: '2020-2021', group: numeral });
        expect(a.text.en, `activity ${row.number}`).toBe(row.text);
        expect(a.subItems.map((s) => s.en), `activity ${row.number} sub-items`).toEqual(row.subItems);
        expect(a.footnotes, `activity ${row.number} footnotes`).toEqual(row.footnoteMarks);
      });
    });

    it('keeps each planned start and end exactly as the document states it', () => {
      const g = readGroup(numeral);
      seedGroup(numeral).planRows.forEach((row, i) => {
        const a = g.activities[i];
        if (!a) throw new Error(`activity ${row.number} missing`);
        for (const [cell, date, which] of [
          [row.start, a.plannedStart, 'start'],
          [row.end, a.plannedEnd, 'end'],
        ] as const) {
          const month = monthOfWords(cell);
          const expected = month ? { month, words: null } : { month: null, words: cell === '' ? null : cell };
          expect({ month: date.month, words: date.words?.en ?? null }, `activity ${row.number} ${which}`).toEqual(
            expected,
          );
        }
      });
    });

    it('carries the footnotes of the plan table', () => {
      const g = readGroup(numeral);
      const letters = g.footnotes.filter((f) => /^[a-z]$/.test(f.mark)).map((f) => ({ mark: f.mark, text: f.text.en }));
      expect(letters).toEqual(seedGroup(numeral).planFootnotes);
      const used = new Set(g.activities.flatMap((a) => a.footnotes));
      expect([...used].sort()).toEqual(letters.map((f) => f.mark).sort());
    });

    it('names the coordinating countries of the document, each with its statistical office', () => {
      const g = readGroup(numeral);
      const expected = seedGroup(numeral).coordinators.map(({ country }) => {
        const known = countries.find((c) => c.name.en === country);
        if (!known) throw new Error(`country "${country}" is not in data/countries.json`);
        return { country: known.iso3, institution: known.nso };
      });
      expect(g.coordinators).toEqual(expected);
    });

    it('names the technical secretariats of the document, from the agency catalogue', () => {
      const g = readGroup(numeral);
      const names = seedGroup(numeral).secretariats;
      const ids = names.map(agencyNamed);
      expect(ids.includes(undefined), `unknown secretariat among: ${names.join('; ')}`).toBe(false);
      expect(g.secretariats).toEqual(ids);
    });

    it('has the contribution lines of the financing table, if the document gives one', () => {
      const g = readGroup(numeral);
      const table = seedGroup(numeral).contributions;
      if (table.length === 0) return;
      expect(
        g.contributions.map((c) => ({
          id: c.id,
          source: c.source.en,
          amount: c.amount,
          currency: c.currency,
          form: c.form,
          formNote: c.formNote?.en ?? null,
          purpose: c.purpose?.en,
        })),
      ).toEqual(
        table.map((line, i) => ({
          id: `${numeral}-c${i + 1}`,
          source: line.source,
          amount: line.amount,
          currency: line.currency,
          form: line.form === 'Monetary' ? 'monetary' : 'in-kind',
          formNote: line.form === 'Monetary' ? null : line.form,
          purpose: line.purpose,
        })),
      );
    });

    it('has English and Spanish for every title, theme, objective, activity, date in words, contribution and footnote', () => {
      const g = readGroup(numeral);
      const lacking = requiredBilingual(g)
        .filter(({ text }) => !(text.orig === 'en' && text.en && text.es && text.unofficial?.includes('es')))
        .map(({ where, text }) => `${where} (${languagesOf(text).join(', ')})`);
      expect(lacking).toEqual([]);
      const noEnglish = narrative(g).filter(({ text }) => !text.en).map(({ where }) => where);
      expect(noEnglish).toEqual([]);
    });

    it('holds no markup from the seed rendering in any text', () => {
      const g = readGroup(numeral);
      const marked = [...requiredBilingual(g), ...narrative(g)].flatMap(({ where, text }) =>
        languagesOf(text)
          .filter((l) => /<|\*\*|\^[a-z]|\\\$/.test(text[l] ?? ''))
          .map((l) => `${where} [${l}]`),
      );
      expect(marked).toEqual([]);
    });
  });
}

describe('known facts of the 2020–2021 programme', () => {
  it('group I: 14 activities, coordinated by Colombia, Mexico and Ecuador; activity 8 carries footnote a', () => {
    const g = readGroup('I');
    expect(g.activities).toHaveLength(14);
    expect(g.coordinators).toEqual([
      { country: 'COL', institution: 'nso-col' },
      { country: 'MEX', institution: 'nso-mex' },
      { country: 'ECU', institution: 'nso-ecu' },
    ]);
    expect(g.secretariats).toEqual(['eclac-statistics']);
    expect(g.activities[7]?.footnotes).toEqual(['a']);
    expect(g.footnotes.find((f) => f.mark === 'a')?.text.en).toBe(
      'The checklist may be piloted in three countries, depending on the level of progress achieved.',
    );
  });

  it('group II: dates still to be decided are kept in words, and an open end stays empty', () => {
    const [, second, third] = readGroup('II').activities;
    expect(second?.plannedStart).toMatchObject({ month: null, words: { en: 'To be decided in May 2020' } });
    expect(second?.plannedEnd).toMatchObject({ month: null, words: { en: 'To be decided in May 2020' } });
    expect(third?.plannedStart).toMatchObject({
      month: null,
      words: { en: 'Six months after the aspects to be included in the document have been decided' },
    });
    expect(third?.plannedEnd).toEqual({ month: null, words: null });
  });

  it('group V: four planned contributions totalling USD 65,000', () => {
    const { contributions } = readGroup('V');
    expect(contributions.map((c) => c.amount)).toEqual([10000, 15000, 15000, 25000]);
    expect(contributions.reduce((sum, c) => sum + (c.amount ?? 0), 0)).toBe(65000);
    expect(contributions.every((c) => c.currency === 'USD')).toBe(true);
    expect(contributions.map((c) => c.form)).toEqual(['in-kind', 'in-kind', 'monetary', 'monetary']);
    expect(contributions.map((c) => c.institution)).toEqual(['nso-slv', 'other-statistical-agencies', 'unicef', 'unicef']);
  });

  it('group VI: activity 1 lists its agenda as sub-items, without the HTML of the seed', () => {
    const first = readGroup('VI').activities[0];
    expect(first?.subItems.map((s) => s.en)).toEqual([
      "determine the working group's objective",
      "agree on the group's working methods",
      'put forward a calendar of activities',
    ]);
    expect(first?.text.en).toBe(
      'Face-to-face or remote meeting with the focal points nominated by the member countries of the working group to:',
    );
  });

  it('group X: one contribution of USD 140,000 from the UNODC-INEGI Centre of Excellence, its form not stated', () => {
    const { contributions, provenance } = readGroup('X');
    expect(contributions).toHaveLength(1);
    // "… (UNODC-INEGI Centre of Excellence) will provide and administer US$ 140,000.": not whether in money or in kind.
    expect(stripMarkup(readSeed2020_2021())).toContain('will provide and administer US$ 140,000.');
    expect(contributions[0]).toMatchObject({ amount: 140000, currency: 'USD', form: null, institution: 'unodc-inegi-coe' });
    expect(provenance?.['contributions.X-c1.form']).toMatchObject({ kind: 'stated', quote: 'will provide and administer US$ 140,000' });
  });

  it('group VII: "These objectives are aligned…" is a paragraph of its objectives section, not background', () => {
    const g = readGroup('VII');
    const text = stripMarkup(readSeed2020_2021());
    const objectivesAt = text.indexOf('(b) Specific objectives', text.indexOf('VII. ASSESSMENT'));
    const alignedAt = text.indexOf('These objectives are aligned with the project to assess national migration data infrastructure');
    expect(alignedAt).toBeGreaterThan(objectivesAt);
    expect(alignedAt).toBeLessThan(text.indexOf('3. Expected impact', objectivesAt));
    expect(g.objectivesNotes?.map((t) => t.en?.slice(0, 40))).toEqual(['These objectives are aligned with the pr']);
    expect(g.background.some((t) => t.en?.startsWith('These objectives are aligned'))).toBe(false);
  });
});
