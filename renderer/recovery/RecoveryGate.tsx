import type { ReactNode } from 'react';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { Loadable } from '../ui/Loadable';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks once whether the database opened. If not, the recovery screen stands in for the app; once the
 * user has restored a backup or opened another file the status is asked again and the app mounts
 * fresh, over the database now open, with no restart.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const status = useLoad('startup', () => api.call('startup.status', {}));
  return (
    <Loadable loaded={status}>
      {(current, reload) =>
        current.mode === 'normal' ? children : <RecoveryScreen status={current} onRecovered={reload} />
      }
    </Loadable>
  );
}
