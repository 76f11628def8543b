import { fail } from '../../shared/errors';
import { hasErrors } from '../../shared/domain/validation';

/** Refuses a form whose fields break the shared rules; `details` maps each field to its message key. */
export function refuseInvalid(errors: Record<string, string | undefined>): void {
  const details: Record<string, string> = {};
  for (const [field, key] of Object.entries(errors)) if (key !== undefined) details[field] = key;
  if (hasErrors(details)) fail('invalid-form', 'errors:invalid-form', details);
}
