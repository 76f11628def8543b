import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { Loadable } from '../ui/Loadable';

export function DataFolder() {
  const { t } = useT();
  const api = useApi();
  const settings = useLoad('settings', () => api.call('settings.get', {}));
  return (
    <Loadable loaded={settings}>
      {(s) => (
        <dl className="facts">
          <div>
            <dt>{t('settings:dataFolder')}</dt>
            <dd className="path">{s.dataFolder}</dd>
          </div>
          <div>
            <dt>{t('settings:dataFile')}</dt>
            <dd className="path">{s.dbFile}</dd>
          </div>
        </dl>
      )}
    </Loadable>
  );
}
