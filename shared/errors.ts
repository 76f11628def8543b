/**
 * Errors are values that cross the process boundary as plain objects. `i18nKey` is a key of the
 * `errors` namespace (shared/i18n/locales/<lang>/errors.json); `details` fills its placeholders.
 */
export interface AppError {
  code: string;
  i18nKey: string;
  details?: Record<string, string | number>;
}

export class AppFailure extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(`${error.code}: ${error.i18nKey}${error.details ? ' ' + JSON.stringify(error.details) : ''}`);
    this.name = 'AppFailure';
    this.error = error;
  }
}

export function fail(code: string, i18nKey: string, details?: Record<string, string | number>): never {
  throw new AppFailure(details ? { code, i18nKey, details } : { code, i18nKey });
}

export function isAppError(v: unknown): v is AppError {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AppError).code === 'string' &&
    typeof (v as AppError).i18nKey === 'string'
  );
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };
