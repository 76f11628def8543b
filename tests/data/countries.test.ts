import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Country, Institution, WorkingGroup } from '../../shared/model/programme';
import { LANGS } from '../../shared/model/text';
import { REPO_ROOT, parseSeed2020_2021, readSeed2020_2021 } from './seedText';

/**
 * The country and institution catalogue every other file points into: the 33 ECLAC member countries of
 * Latin America and the Caribbean, each with its statistical office named in the four languages, and
 * the English names the 2020–2021 programme uses for the offices it names.
 */

function readJson(relative: string): unknown {
  const path = join(REPO_ROOT, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const countries = z.array(Country).parse(readJson('data/countries.json'));
const nsos = z.array(Institution).parse(readJson('data/institutions/nso.json'));
const institutionFiles = readdirSync(join(REPO_ROOT, 'data/institutions')).filter((f) => f.endsWith('.json'));
const institutions = institutionFiles.flatMap((f) => z.array(Institution).parse(readJson(`data/institutions/${f}`)));

/** Every group file of every programme, whoever wrote it. */
function groupFiles(): { path: string; group: WorkingGroup }[] {
  const root = join(REPO_ROOT, 'data/programmes');
  return readdirSync(root).flatMap((programme) => {
    const dir = join(root, programme, 'groups');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ path: `data/programmes/${programme}/groups/${f}`, group: WorkingGroup.parse(readJson(`data/programmes/${programme}/groups/${f}`)) }));
  });
}

/** ECLAC's Latin American and Caribbean member States, ISO 3166-1 alpha-3. */
const MEMBERS = [
  'ATG', 'ARG', 'BHS', 'BRB', 'BLZ', 'BOL', 'BRA', 'CHL', 'COL', 'CRI', 'CUB', 'DMA', 'DOM', 'ECU', 'SLV', 'GRD', 'GTM',
  'GUY', 'HTI', 'HND', 'JAM', 'MEX', 'NIC', 'PAN', 'PRY', 'PER', 'KNA', 'LCA', 'VCT', 'SUR', 'TTO', 'URY', 'VEN',
];

describe('countries', () => {
  it('are the 33 member countries of the region, each once', () => {
    expect(countries).toHaveLength(33);
    expect(countries.map((c) => c.iso3).sort()).toEqual([...MEMBERS].sort());
    expect(new Set(countries.map((c) => c.iso2)).size).toBe(33);
  });

  it('have a name in every language, as the United Nations writes them', () => {
    for (const c of countries) {
      for (const lang of LANGS) expect(c.name[lang].trim(), `${c.iso3} ${lang}`).not.toBe('');
    }
    const byIso = new Map(countries.map((c) => [c.iso3, c]));
    expect(byIso.get('BOL')?.name).toMatchObject({ es: 'Bolivia (Estado Plurinacional de)', en: 'Bolivia (Plurinational State of)' });
    expect(byIso.get('VEN')?.name).toMatchObject({ es: 'Venezuela (República Bolivariana de)', en: 'Venezuela (Bolivarian Republic of)' });
    expect(byIso.get('TTO')?.name.es).toBe('Trinidad y Tabago');
  });

  it('each point to their statistical office in the NSO catalogue', () => {
    for (const c of countries) {
      expect(c.nso).toBe(`nso-${c.iso3.toLowerCase()}`);
      const nso = nsos.find((i) => i.id === c.nso);
      expect(nso, `${c.iso3} has no ${c.nso}`).toMatchObject({ kind: 'nso', country: c.iso3 });
    }
  });
});

describe('national statistical offices', () => {
  it('are one per country, with unique ids', () => {
    expect(nsos).toHaveLength(countries.length);
    expect(new Set(nsos.map((i) => i.id)).size).toBe(nsos.length);
    expect(nsos.map((i) => i.country).sort()).toEqual(countries.map((c) => c.iso3).sort());
  });

  it('are named in all four languages, the official language being the original', () => {
    for (const nso of nsos) {
      for (const lang of LANGS) expect(nso.name[lang], `${nso.id} ${lang}`).toBeTruthy();
      expect(nso.name.unofficial ?? [], nso.id).not.toContain(nso.name.orig);
    }
    const orig = (id: string) => nsos.find((i) => i.id === id)?.name.orig;
    expect([orig('nso-bra'), orig('nso-hti'), orig('nso-jam'), orig('nso-arg')]).toEqual(['pt', 'fr', 'en', 'es']);
  });

  it('carry the English names the 2020-2021 programme gives the offices it names', () => {
    const seed = parseSeed2020_2021(readSeed2020_2021());
    const named = [...seed.values()].flatMap((g) => g.coordinators);
    expect(named.length).toBeGreaterThan(0);
    for (const { country, institution } of named) {
      const c = countries.find((k) => k.name.en === country);
      const nso = nsos.find((i) => i.id === c?.nso);
      expect(nso, `no office for ${country}`).toBeDefined();
      // The document writes "Colombia: Administrative Department of Statistics (DANE)" once; the acronym holds.
      expect(institution.endsWith(`(${nso?.acronym})`), `${country}: ${institution}`).toBe(true);
    }
    const names = new Set(named.map((n) => `${n.country}: ${n.institution}`));
    for (const nso of nsos) {
      const country = countries.find((c) => c.iso3 === nso.country)?.name.en ?? '';
      const asWritten = [...names].filter((n) => n.startsWith(`${country}: `));
      if (asWritten.length > 0) expect(asWritten, nso.id).toContain(`${country}: ${nso.name.en} (${nso.acronym})`);
    }
  });

  it('include the offices named by the brief with their original names', () => {
    const name = (id: string) => nsos.find((i) => i.id === id)?.name;
    expect(name('nso-arg')).toMatchObject({ orig: 'es', es: 'Instituto Nacional de Estadística y Censos' });
    expect(name('nso-pry')).toMatchObject({ es: 'Dirección General de Estadística, Encuestas y Censos', en: 'Department of Statistics, Surveys and Censuses' });
    expect(name('nso-slv')?.en).toBe('Department of Statistics and Censuses');
  });
});

describe('references from the programmes', () => {
  const files = groupFiles();
  const ids = new Set(institutions.map((i) => i.id));
  const isoCodes = new Set(countries.map((c) => c.iso3));

  it('never give two institutions the same id across the catalogue files', () => {
    expect(ids.size).toBe(institutions.length);
  });

  it('name only institutions that are in the catalogue', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { path, group } of files) {
      const referenced = [
        ...group.coordinators.map((c) => c.institution),
        ...group.secretariats,
        ...group.contributions.flatMap((c) => (c.institution === null ? [] : [c.institution])),
      ];
      for (const id of referenced) expect(ids.has(id), `${path} names unknown institution ${id}`).toBe(true);
    }
  });

  it('name only countries that are in the catalogue, each coordinated by its own office', () => {
    for (const { path, group } of files) {
      for (const iso of [...group.coordinators.map((c) => c.country), ...group.members]) {
        expect(isoCodes.has(iso), `${path} names unknown country ${iso}`).toBe(true);
      }
      for (const c of group.coordinators) {
        const owner = institutions.find((i) => i.id === c.institution)?.country;
        expect(owner, `${path}: ${c.institution} is not an office of ${c.country}`).toBe(c.country);
      }
    }
  });
});
