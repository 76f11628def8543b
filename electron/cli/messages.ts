import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppError } from '../../shared/errors';
import storeEn from '../../shared/i18n/locales/en/store.json';
import { repoRoot } from '../store/paths';

type Messages = Record<string, unknown>;

// The store namespace is bundled with the CLI; other namespaces (bundle, sync, …) are read from
// the English locale folder when a command of theirs fails.
const loaded = new Map<string, Messages | null>([['store', storeEn]]);

function namespace(ns: string): Messages | null {
  if (!loaded.has(ns)) {
    let messages: Messages | null = null;
    try {
      messages = JSON.parse(
        readFileSync(join(repoRoot(), 'shared', 'i18n', 'locales', 'en', `${ns}.json`), 'utf8'),
      ) as Messages;
    } catch {
      messages = null;
    }
    loaded.set(ns, messages);
  }
  return loaded.get(ns) ?? null;
}

function lookup(messages: Messages, key: string): string | null {
  const direct = messages[key];
  if (typeof direct === 'string') return direct;
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Messages)[part];
  }
  return typeof node === 'string' ? node : null;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/**
 * The English sentence for an error, as i18next would render it (`ns:key`, `{{name}}` placeholders;
 * keys without a namespace belong to `errors`). Unknown keys still give a line a person can report.
 */
export function englishMessage(error: AppError): string {
  const colon = error.i18nKey.indexOf(':');
  const ns = colon === -1 ? 'errors' : error.i18nKey.slice(0, colon);
  const key = colon === -1 ? error.i18nKey : error.i18nKey.slice(colon + 1);
  const messages = namespace(ns);
  const template = messages ? lookup(messages, key) : null;
  if (template === null) {
    const details = error.details ? ' ' + JSON.stringify(error.details) : '';
    return `${error.code} (${error.i18nKey})${details}`;
  }
  const sentence = template.replace(
    /\{\{\s*(\w+)\s*(?:,\s*(datetime)[^}]*)?\}\}/g,
    (whole, name: string, format?: string) => {
      const v = error.details?.[name];
      if (v === undefined) return whole;
      // A time in words, as i18next's datetime format gives it on the screens.
      return format === 'datetime' ? DATE_TIME.format(new Date(v)) : String(v);
    },
  );
  // Nested messages, `$t(ns:key)` as i18next writes them, with the same details (the key may hold a placeholder, filled above).
  const nested = sentence.replace(/\$t\(([\w:.-]+)\)/g, (whole, key: string) => {
    const inner = englishMessage({
      code: error.code,
      i18nKey: key,
      ...(error.details ? { details: error.details } : {}),
    });
    return inner.startsWith(`${error.code} (`) ? whole : inner;
  });
  // A form's details map each field to its message key: a terminal has no highlighted fields to show.
  if (error.code === 'invalid-form' && error.details) {
    const fields = Object.entries(error.details).map(
      ([field, key]) => `${field}: ${englishMessage({ code: 'field', i18nKey: String(key) })}`,
    );
    return `${nested} (${fields.join('; ')})`;
  }
  return nested;
}
