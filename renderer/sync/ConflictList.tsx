import type { ConflictCandidate } from '../../shared/sync/conflicts';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loadable } from '../ui/Loadable';
import { useSubmit } from '../ui/useSubmit';

const shown = (c: ConflictCandidate) => JSON.stringify(c.value);

/**
 * Concurrent edits of one field: the applied value and the ones kept. Confirming the applied value or
 * choosing a kept one records a new change, which travels in the next bundle and settles it everywhere.
 */
export function ConflictList({ version, onResolved }: { version: number; onResolved?: () => void }) {
  const { t } = useT();
  const api = useApi();
  const conflicts = useLoad(`conflicts-${version}`, () => api.call('conflicts.list', {}));
  const resolve = useSubmit<{ resolved: string }>();
  return (
    <section aria-labelledby="sync-conflicts">
      <h2 id="sync-conflicts">{t('sync:ui.conflicts.title')}</h2>
      {resolve.error && <ErrorMessage error={resolve.error} />}
      <Loadable loaded={conflicts}>
        {(list, reload) =>
          list.length === 0 ? (
            <p>{t('sync:ui.conflicts.empty')}</p>
          ) : (
            <ul>
              {list.map((c) => {
                const choose = async (hlc: string) => {
                  const result = await resolve.run(() => api.call('conflicts.resolve', { conflictId: c.id, chosen: hlc }));
                  if (result.ok) {
                    reload();
                    onResolved?.();
                  }
                };
                return (
                  <li key={c.id}>
                    <p>{t('sync:ui.conflicts.field', { entity: c.entity, key: c.key, field: c.field })}</p>
                    <p>{t('sync:ui.conflicts.applied', { value: shown(c.winner), author: c.winner.author.name })}</p>
                    <button type="button" className="button" disabled={resolve.saving} onClick={() => void choose(c.winner.hlc)}>
                      {t('sync:ui.conflicts.confirm')}
                    </button>
                    {c.losers.map((l) => (
                      <p key={l.hlc}>
                        {t('sync:ui.conflicts.kept', { value: shown(l), author: l.author.name })}{' '}
                        <button type="button" className="button button--secondary" disabled={resolve.saving} onClick={() => void choose(l.hlc)}>
                          {t('sync:ui.conflicts.choose', { value: shown(l) })}
                        </button>
                      </p>
                    ))}
                  </li>
                );
              })}
            </ul>
          )
        }
      </Loadable>
    </section>
  );
}
