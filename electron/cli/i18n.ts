import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n as I18n } from 'i18next';
import type { AppError } from '../../shared/errors';
import { createI18n, langFromTag, readLocaleFiles } from '../../shared/i18n';
import type { Lang } from '../../shared/model/text';
import { readDatabase } from '../store';
import { repoRoot } from '../store/paths';

/** The app's one i18next setup, over the same locale files, for this invocation's language. */
export function cliI18n(lang: Lang): I18n {
  const dir = join(repoRoot(), 'shared', 'i18n', 'locales');
  return createI18n(readLocaleFiles({ readdirSync: (p) => readdirSync(p), readFileSync }, dir), lang);
}

/**
 * The CLI's language: `--lang`, else the language the database's identity chose in the app, else
 * the system's (the terminal's counterpart of the browser language the app starts from), Spanish
 * when that is none of the four. A database that cannot be read yet still gets its error said.
 */
export async function cliLang(flag: Lang | undefined, db: string, env: NodeJS.ProcessEnv): Promise<Lang> {
  if (flag !== undefined) return flag;
  const stored = await readDatabase(db).then(
    (d) => d.identity?.lang,
    () => undefined,
  );
  return stored ?? langFromTag(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/**
 * An error value as one line in the user's language. Keys without a namespace belong to `errors`;
 * a form's details map each field to its message key, listed since a terminal highlights nothing.
 */
export function messageOf(i18n: I18n, error: AppError): string {
  const key = error.i18nKey.includes(':') ? error.i18nKey : `errors:${error.i18nKey}`;
  if (!i18n.exists(key)) {
    const details = error.details ? ' ' + JSON.stringify(error.details) : '';
    return `${error.code} (${error.i18nKey})${details}`;
  }
  const sentence = i18n.t(key, { ...error.details });
  const line =
    error.code === 'invalid-form' && error.details
      ? `${sentence} (${Object.entries(error.details)
          .map(
            ([field, fieldKey]) =>
              `${field}: ${messageOf(i18n, { code: 'field', i18nKey: String(fieldKey) })}`,
          )
          .join('; ')})`
      : sentence;
  return line.replace(/\s*\n\s*/g, ' ');
}
