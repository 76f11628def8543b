import { fail } from '../../shared/errors';
import type { TKey } from '../../shared/i18n/keys';

/**
 * The CLI's own refusals (the handlers' come with theirs): one kebab-case code each, mapped to its
 * message key, which the compiler checks against the Spanish reference locale.
 */
const CLI_ERRORS = {
  'unknown-command': 'cli:errors.unknown-command',
  usage: 'cli:errors.usage',
  'unknown-flag': 'cli:errors.unknown-flag',
  'missing-value': 'cli:errors.missing-value',
  required: 'cli:errors.required',
  'bad-value': 'cli:errors.bad-value',
  'not-repeatable': 'cli:errors.not-repeatable',
  'unexpected-argument': 'cli:errors.unexpected-argument',
  'identity-exists': 'cli:errors.identity-exists',
  'unknown-programme': 'cli:errors.unknown-programme',
  'no-current-programme': 'cli:errors.no-current-programme',
  'workbook-refused': 'cli:errors.workbook-refused',
  internal: 'cli:errors.internal',
} as const satisfies Record<string, TKey>;

export type CliErrorCode = keyof typeof CLI_ERRORS;

export function cliFail(code: CliErrorCode, details?: Record<string, string | number>): never {
  fail(code, CLI_ERRORS[code], details);
}

export function cliErrorKey(code: CliErrorCode): TKey {
  return CLI_ERRORS[code];
}
