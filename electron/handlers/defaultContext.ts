import { randomBytes } from 'node:crypto';
import type { HandlerContext } from './context';

/** The handlers' view of the real world: the system clock, the system's randomness, stderr. */
export function defaultContext(version: string): HandlerContext {
  return {
    today: () => new Date(),
    now: () => Date.now(),
    randomHex: () => randomBytes(16).toString('hex'),
    version,
    log(message, error) {
      console.error(message, error);
    },
  };
}
