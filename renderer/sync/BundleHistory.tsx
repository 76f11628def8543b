import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { useCountryName } from '../api/useCatalogue';
import { senderLabel } from './senderLabel';
import { Loadable } from '../ui/Loadable';

/** Bundles sent and received, newest first: file, sender, date, counts. `version` reloads it after an import or export. */
export function BundleHistory({ version }: { version: number }) {
  const { t, lang } = useT();
  const countryName = useCountryName(lang);
  const format = useFormat(lang);
  const api = useApi();
  const history = useLoad(`bundle-history-${version}`, () => api.call('bundle.history', {}));
  return (
    <section aria-labelledby="sync-history">
      <h2 id="sync-history">{t('sync:ui.history.title')}</h2>
      <Loadable loaded={history}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t('sync:ui.history.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sync:ui.history.date')}</th>
                  <th scope="col">{t('sync:ui.history.direction')}</th>
                  <th scope="col">{t('sync:ui.import.file')}</th>
                  <th scope="col">{t('sync:ui.import.sender')}</th>
                  <th scope="col">{t('sync:ui.history.changes')}</th>
                  <th scope="col">{t('sync:ui.import.new')}</th>
                  <th scope="col">{t('sync:ui.import.conflicts')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={`${e.direction}-${e.sender.installation}-${e.seq}-${e.at}`}>
                    <td>{`${format.day(e.at.slice(0, 10))} ${format.time(new Date(e.at))}`}</td>
                    <td>
                      {e.direction === 'sent' ? t('sync:ui.history.sent') : t('sync:ui.history.received')}
                    </td>
                    <th scope="row">{e.file}</th>
                    <td>{senderLabel(t, countryName, e.sender)}</td>
                    <td>{e.ops}</td>
                    <td>{e.direction === 'received' ? e.new : ''}</td>
                    <td>{e.direction === 'received' ? e.conflicts : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loadable>
    </section>
  );
}
