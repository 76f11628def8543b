import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_REFUSALS } from '../../electron/bundle/failure';
import { LANGS } from '../../shared/model/text';

const ROOT = join(import.meta.dirname, '../..');
/** Keys built at run time (`sync:errors.<reason>`) or named outside the refusal list. */
const OTHER_ERRORS = [
  'country-changed',
  'groups-added',
  'not-a-candidate',
  'unknown-conflict',
  'unknown-report',
  'no-files',
  'unreadable-file',
];

describe('sync messages', () => {
  it('every refusal and sync error has a message in every language, naming the file where the check is about one', () => {
    for (const lang of LANGS) {
      const sync = JSON.parse(readFileSync(join(ROOT, `shared/i18n/locales/${lang}/sync.json`), 'utf8')) as {
        errors: Record<string, string>;
      };
      for (const reason of [...BUNDLE_REFUSALS, ...OTHER_ERRORS])
        expect(sync.errors[reason], `${lang} errors.${reason}`).toBeTruthy();
      for (const reason of BUNDLE_REFUSALS.filter((r) => r !== 'no-identity'))
        expect(sync.errors[reason], `${lang} errors.${reason}`).toContain('{{file}}');
      expect(sync.errors['future-clock']).toContain('{{at, datetime');
    }
  });
});
