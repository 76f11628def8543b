/** import and verify: `--trust-new` accepts a signer seen for the first time, once the user has compared its fingerprint. */
export const TRUST_NEW_FLAGS = { 'trust-new': { kind: 'boolean' } } as const;

/** A bundle's sender as both commands name it: `Ana Pérez (focal-point, COL)`, the country left out for the secretariat. */
export function describeSender(sender: { name: string; role: string; country: string | null }): string {
  return `${sender.name} (${sender.role}${sender.country ? `, ${sender.country}` : ''})`;
}
