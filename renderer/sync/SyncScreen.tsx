import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { BundleHistory } from './BundleHistory';
import { ConflictList } from './ConflictList';
import { ExportBundle } from './ExportBundle';
import { ImportBundles } from './ImportBundles';
import { IntakeView } from './IntakeView';

/**
 * Everything about bundles on one screen: import, export, conflicts to settle, the history; for the
 * secretariat, the intake of each programme as well (newest programme first).
 */
export function SyncScreen() {
  const { t } = useT();
  const api = useApi();
  // Bumped after an import, export or resolution, so the lists below reload.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const identity = useLoad('identity', () => api.call('identity.get', {}));
  const secretariat = identity.state === 'ready' && identity.data?.role === 'secretariat';
  const programmes = useLoad(secretariat ? 'programmes' : 'no-programmes', async () =>
    secretariat ? api.call('programmes.list', {}) : { ok: true as const, data: [] },
  );
  const newest =
    programmes.state === 'ready'
      ? [...programmes.data].sort((a, b) => (a.start < b.start ? 1 : -1))[0]
      : undefined;
  return (
    <>
      <h1>{t('sync:ui.title')}</h1>
      <ImportBundles onImported={changed} />
      <ExportBundle version={version} secretariat={secretariat} onExported={changed} />
      <ConflictList version={version} onResolved={changed} />
      {newest && <IntakeView key={version} programmeId={newest.id} />}
      <BundleHistory version={version} />
    </>
  );
}
