import { fail } from '../../shared/errors';

/**
 * Why a bundle is refused. Each reason is an error code `bundle-<reason>` and a translatable message
 * `sync:errors.<reason>`; the user sees which check failed, the details say on what.
 */
export const BUNDLE_REFUSALS = [
  'not-a-bundle',
  'empty',
  'too-large',
  'unpacked-too-large',
  'compression-ratio',
  'too-many-entries',
  'entry-name',
  'duplicate-entry',
  'missing-entry',
  'corrupt',
  'unsafe-json',
  'bad-json',
  'newer-format',
  'bad-manifest',
  'bad-signature',
  'content-hash',
  'bad-operations',
  'other-programme',
  'unknown-signer',
  'key-changed',
  'identity-changed',
  'out-of-scope',
  'replay',
  'future-clock',
  'tampered',
  'invalid-operation',
  'no-identity',
] as const;
export type BundleRefusal = (typeof BUNDLE_REFUSALS)[number];

export function refuse(reason: BundleRefusal, details?: Record<string, string | number>): never {
  return fail(`bundle-${reason}`, `sync:errors.${reason}`, details);
}
