import { useState } from 'react';
import { useT } from '../app/i18n';
import { BundleHistory } from './BundleHistory';
import { ConflictList } from './ConflictList';
import { ExportBundle } from './ExportBundle';
import { ImportBundles } from './ImportBundles';
import { IntakeView } from './IntakeView';

/**
 * Everything about bundles on one screen: import, export, the history, and conflicts to settle; for
 * the secretariat (given `intakeProgrammeId`), the intake of the programme as well.
 */
export function SyncScreen({ intakeProgrammeId }: { intakeProgrammeId?: string }) {
  const { t } = useT();
  // Bumped after an import, export or resolution, so the lists below reload.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <h1>{t('sync:ui.title')}</h1>
      <ImportBundles onImported={changed} />
      <ExportBundle onExported={changed} />
      <ConflictList version={version} onResolved={changed} />
      {intakeProgrammeId && <IntakeView key={version} programmeId={intakeProgrammeId} />}
      <BundleHistory version={version} />
    </>
  );
}
