import type { AppError } from '../../shared/errors';

/**
 * The fields a handler refused (an `invalid-form` error maps each field to its message key), in the
 * user's words; empty for any other error, which the form shows as a whole.
 */
export function serverFieldErrors<F extends string>(
  error: AppError,
  text: (error: AppError) => string,
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  if (error.code !== 'invalid-form' || !error.details) return out;
  for (const [field, key] of Object.entries(error.details))
    out[field as F] = text({ code: 'invalid-form', i18nKey: String(key) });
  return out;
}
