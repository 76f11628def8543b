import type { Identity } from '../../shared/model/records';
import { useT } from '../app/i18n';
import { LanguageSelect } from '../app/LanguageSelect';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { MyFingerprint } from '../sync/MyFingerprint';
import { Card } from '../ui/Card';
import { Backups } from './Backups';
import { DataFolder } from './DataFolder';
import { IdentityForm } from './IdentityForm';

function SettingsFingerprint() {
  const api = useApi();
  const outbox = useLoad('settings-fingerprint', () => api.call('bundle.outbox', {}));
  return outbox.state === 'ready' ? <MyFingerprint fingerprint={outbox.data.fingerprint} level={2} /> : null;
}

/** Identity, fingerprint, data folder and backups; with no identity yet, it is the first-run screen. */
export function SettingsScreen({ identity, onSaved }: { identity: Identity | null; onSaved(): void }) {
  const { t } = useT();
  const firstRun = identity === null;
  return (
    <div className="settings">
      <h1>{firstRun ? t('settings:firstRun.title') : t('settings:title')}</h1>
      {firstRun && <p className="lead">{t('settings:firstRun.intro')}</p>}
      <Card title={t('settings:identity')}>
        <IdentityForm identity={identity} onSaved={onSaved} />
      </Card>
      <Card title={t('settings:language')}>
        <LanguageSelect />
      </Card>
      {!firstRun && <SettingsFingerprint />}
      {!firstRun && (
        <div className="columns">
          <Card title={t('settings:dataFolder')}>
            <DataFolder />
          </Card>
          <Card title={t('settings:backups')}>
            <Backups />
          </Card>
        </div>
      )}
    </div>
  );
}
