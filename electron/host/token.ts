import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per launch: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** `Authorization: Bearer <token>` matches, compared in constant time (hashes make the lengths equal). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  if (!match?.[1]) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
