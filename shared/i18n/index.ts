/**
 * One i18next setup for every process.
 *
 * Design: translations are plain JSON files, `locales/<lang>/<namespace>.json`. This module never
 * lists them itself: the caller hands over every file it found, as a map from path to parsed JSON,
 * so a namespace added as a file anywhere in `locales/` is picked up without touching this code.
 * - In the renderer (and in Vitest, which runs Vite's transforms) the map is
 *   `import.meta.glob('…/shared/i18n/locales/*\/*.json', { eager: true, import: 'default' })`,
 *   bundled at build time; see renderer/app/i18n.ts.
 * - Under plain Node (CLI, sheets, the browser-mode host) there is no glob import and `shared/` may not
 *   import `node:fs`, so the caller passes its fs functions to `readLocaleFiles`:
 *   `createI18n(readLocaleFiles({ readdirSync, readFileSync }, localesDir), 'es')`.
 * Spanish is the reference language and the fallback: a key missing elsewhere shows in Spanish, and
 * tests/i18n.test.ts fails the build when that happens.
 */
import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { LANGS, type Lang } from '../model/text';

export const REFERENCE_LANG: Lang = 'es';
export const DEFAULT_NS = 'common';

/** Path (any prefix, ending `<lang>/<namespace>.json`) to that file's parsed JSON. */
export type LocaleFiles = Record<string, unknown>;

const LOCALE_PATH = /(?:^|[\\/])([a-z]{2})[\\/]([\w-]+)\.json$/;

function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** Groups the files by language and namespace; files outside the four languages are ignored. */
export function resourcesFrom(files: LocaleFiles): Resource {
  const resources: Resource = {};
  for (const [path, json] of Object.entries(files)) {
    const m = LOCALE_PATH.exec(path);
    if (!m || !isLang(m[1]!)) continue;
    if (typeof json !== 'object' || json === null)
      throw new Error(`locale file is not a JSON object: ${path}`);
    const lang: ResourceLanguage = (resources[m[1]] ??= {});
    lang[m[2]!] = json;
  }
  return resources;
}

/** The fs functions `readLocaleFiles` needs, so Node callers can pass `node:fs` without shared/ importing it. */
export interface LocaleFs {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}

/** Reads every `<lang>/<namespace>.json` under `dir` (Node callers; the renderer uses a glob import). */
export function readLocaleFiles(fs: LocaleFs, dir: string): LocaleFiles {
  const files: LocaleFiles = {};
  for (const lang of LANGS) {
    const langDir = `${dir}/${lang}`;
    for (const name of fs.readdirSync(langDir)) {
      if (name.endsWith('.json'))
        files[`${lang}/${name}`] = JSON.parse(fs.readFileSync(`${langDir}/${name}`, 'utf8'));
    }
  }
  return files;
}

/** The user's language from a BCP 47 tag such as `navigator.language` (`pt-BR` → `pt`); Spanish otherwise. */
export function langFromTag(tag: string | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(base) ? base : REFERENCE_LANG;
}

/**
 * A fresh, fully initialised instance (resources are in memory, so init is synchronous). Every
 * namespace found is loaded for every language, so a key prefixed with any namespace resolves.
 */
export function createI18n(files: LocaleFiles, lang: Lang): I18n {
  const resources = resourcesFrom(files);
  const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: REFERENCE_LANG,
    supportedLngs: [...LANGS],
    ns: namespaces,
    defaultNS: DEFAULT_NS,
    initAsync: false,
    // React escapes output itself; the Node side writes documents, not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next otherwise prints an advertisement to the console of every user and every test run.
    showSupportNotice: false,
  });
  return instance;
}
