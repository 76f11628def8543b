import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { useCountryName } from '../api/useCatalogue';
import { senderLabel, groupLabel } from './senderLabel';
import { Loadable } from '../ui/Loadable';
import { Field } from '../ui/Field';
import { DayInput } from '../ui/CalendarInput';
import { Day } from '../../shared/model/records';

/** The secretariat's intake for a programme: who sent bundles, when, with which key, what is new, who is silent since a chosen date. */
export function IntakeView({ programmeId }: { programmeId: string }) {
  const { t, lang } = useT();
  const countryName = useCountryName(lang);
  const format = useFormat(lang);
  const api = useApi();
  const [since, setSince] = useState('');
  // Asked again only once the date is whole: a half-typed one would be refused.
  const day = Day.safeParse(since).success ? since : '';
  const intake = useLoad(`intake-${programmeId}-${day}`, () =>
    api.call('intake.get', { programmeId, ...(day ? { since: day } : {}) }),
  );
  const dayOf = (iso: string) => format.day(iso.slice(0, 10));
  return (
    <section aria-labelledby="sync-intake">
      <h2 id="sync-intake">{t('sync:ui.intake.title')}</h2>
      <Field label={t('sync:ui.intake.since')}>
        {(c) => <DayInput {...c} value={since} onChange={setSince} />}
      </Field>
      <Loadable loaded={intake}>
        {(data) => (
          <>
            <p>
              {data.lastConsolidated
                ? t('sync:ui.intake.lastConsolidated', { date: dayOf(data.lastConsolidated) })
                : t('sync:ui.intake.neverConsolidated')}
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sync:ui.import.sender')}</th>
                  <th scope="col">{t('sync:ui.intake.bundles')}</th>
                  <th scope="col">{t('sync:ui.intake.last')}</th>
                  <th scope="col">{t('sync:ui.intake.key')}</th>
                  <th scope="col">{t('sync:ui.intake.newSince')}</th>
                </tr>
              </thead>
              <tbody>
                {data.senders.map((s) => (
                  <tr key={s.installation}>
                    <th scope="row">
                      {senderLabel(t, countryName, s)}
                      {s.groups.length > 0 && (
                        <div className="muted">{s.groups.map((g) => groupLabel(t, g)).join(', ')}</div>
                      )}
                    </th>
                    <td>{s.bundles}</td>
                    <td>{dayOf(s.lastReceived)}</td>
                    <td>
                      <code>{s.fingerprint}</code>
                    </td>
                    <td>{s.newSinceConsolidated}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('sync:ui.intake.silentCountries')}</h3>
            <p>{data.silentCountries.map((c) => countryName(c)).join(', ') || t('sync:ui.intake.none')}</p>
            <h3>{t('sync:ui.intake.silentGroups')}</h3>
            <p>{data.silentGroups.map((g) => groupLabel(t, g)).join(', ') || t('sync:ui.intake.none')}</p>
          </>
        )}
      </Loadable>
    </section>
  );
}
