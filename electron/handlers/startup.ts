import type { recoveryApi } from '../../shared/api/recovery';
import { fail } from '../../shared/errors';
import type { HandlersFor } from './context';

/** The database opened normally: there is nothing to recover, so restore and open are refused. */
export function startupHandlers(): HandlersFor<typeof recoveryApi> {
  const notInRecovery = (): never => fail('not-in-recovery', 'recovery:errors.not-in-recovery');
  return {
    async 'startup.status'() {
      return { mode: 'normal' };
    },
    async 'startup.restore'() {
      return notInRecovery();
    },
    async 'startup.open'() {
      return notInRecovery();
    },
  };
}
