import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, readLocaleFiles } from '../shared/i18n';
import { PLURAL_SUFFIXES } from '../shared/i18n/keys';
import { LANGS, type Lang } from '../shared/model/text';

const ROOT = join(import.meta.dirname, '..');
const LOCALES = join(ROOT, 'shared/i18n/locales');
const files = readLocaleFiles({ readdirSync: (p) => readdirSync(p), readFileSync }, LOCALES);

type Json = string | { [k: string]: Json };

function namespaces(lang: Lang): string[] {
  return readdirSync(join(LOCALES, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

function leaves(json: Json, prefix = ''): string[] {
  if (typeof json === 'string') return [prefix];
  return Object.entries(json).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function keysOf(lang: Lang, ns: string): string[] {
  return leaves(files[`${lang}/${ns}.json`] as Json);
}

const pluralRe = new RegExp(`_(${PLURAL_SUFFIXES.join('|')})$`);
/** Keys with their plural suffix folded: plural forms differ by language, the base key may not. */
function baseKeys(lang: Lang, ns: string): Set<string> {
  return new Set(keysOf(lang, ns).map((k) => k.replace(pluralRe, '')));
}

describe('locales', () => {
  const reference = namespaces('es');

  it('every language has exactly the namespaces of Spanish', () => {
    expect(reference).toEqual(
      expect.arrayContaining(['common', 'overview', 'group', 'activity', 'budget', 'settings']),
    );
    for (const lang of LANGS) expect(namespaces(lang), lang).toEqual(reference);
  });

  for (const lang of LANGS.filter((l) => l !== 'es')) {
    it(`${lang} has every key of es and no other`, () => {
      for (const ns of reference) {
        const es = baseKeys('es', ns);
        const other = baseKeys(lang, ns);
        expect(
          [...es].filter((k) => !other.has(k)),
          `${lang}/${ns}.json lacks`,
        ).toEqual([]);
        expect(
          [...other].filter((k) => !es.has(k)),
          `${lang}/${ns}.json has extra`,
        ).toEqual([]);
      }
    });
  }

  it('no translation is empty, and placeholders match the Spanish text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const ns of reference) {
      const es = files[`es/${ns}.json`] as Json;
      for (const lang of LANGS) {
        const json = files[`${lang}/${ns}.json`] as Json;
        for (const key of keysOf(lang, ns)) {
          const value = key
            .split('.')
            .reduce<Json>((j, k) => (j as Record<string, Json>)[k]!, json) as string;
          expect(value.trim(), `${lang}/${ns}:${key}`).not.toBe('');
          const esKey = keysOf('es', ns).find((k) => k.replace(pluralRe, '') === key.replace(pluralRe, ''))!;
          const esValue = esKey
            .split('.')
            .reduce<Json>((j, k) => (j as Record<string, Json>)[k]!, es) as string;
          expect(placeholders(value), `${lang}/${ns}:${key}`).toEqual(placeholders(esValue));
        }
      }
    }
  });

  it('each plural key has exactly the plural categories of its language (CLDR)', () => {
    for (const lang of LANGS) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
      for (const ns of namespaces(lang)) {
        const byBase = new Map<string, string[]>();
        for (const key of keysOf(lang, ns)) {
          const m = pluralRe.exec(key);
          if (m) byBase.set(key.slice(0, m.index), [...(byBase.get(key.slice(0, m.index)) ?? []), m[1]!]);
        }
        for (const [base, forms] of byBase) expect(forms.sort(), `${lang}/${ns}:${base}`).toEqual(categories);
      }
    }
  });

  it('plurals follow each language: French and Portuguese count zero as singular', () => {
    const say = (lang: Lang, count: number) => createI18n(files, lang).t('common:activities', { count });
    expect(say('es', 0)).toBe('0 actividades');
    expect(say('es', 1)).toBe('1 actividad');
    expect(say('en', 0)).toBe('0 activities');
    expect(say('en', 1)).toBe('1 activity');
    expect(say('fr', 0)).toBe('0 activité');
    expect(say('fr', 2)).toBe('2 activités');
    expect(say('pt', 0)).toBe('0 atividade');
    expect(say('pt', 5)).toBe('5 atividades');
    expect(say('es', 1_000_000)).toBe('1000000 de actividades');
  });
});

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sourceFiles(path));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

describe('keys used in code', () => {
  const es = createI18n(files, 'es');
  // `t('ns:key')`, `i18nKey: 'ns:key'`, `fail('CODE', 'key')`; an i18nKey without a namespace is an `errors` key (shared/errors.ts).
  const patterns = [
    /\bt\(\s*'([a-z]+:[\w.-]+)'/g,
    /\bi18nKey:\s*'([\w:.-]+)'/g,
    /\bfail\(\s*'[^']*',\s*'([\w:.-]+)'/g,
  ];
  const used = new Map<string, string>();
  for (const file of ['shared', 'electron', 'renderer'].flatMap((d) => sourceFiles(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const key = m[1]!.includes(':') ? m[1]! : `errors:${m[1]!}`;
        used.set(key, relative(ROOT, file));
      }
    }
  }

  it('finds the renderer keys', () => {
    expect([...used.keys()].some((k) => k.startsWith('overview:'))).toBe(true);
  });

  it('every key used in code exists in Spanish', () => {
    const missing = [...used]
      .filter(([key]) => !es.exists(key) && !es.exists(`${key}_other`))
      .map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });
});
