import { useState } from 'react';
import type { Meeting } from '../../shared/model/records';
import { useApi } from '../api/ApiContext';
import { useCatalogue } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { href } from '../app/route';
import { Card } from '../ui/Card';
import { Loadable } from '../ui/Loadable';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';

/** A group's meetings, workshops and seminars: the list, and the form to record or correct one. */
export function MeetingsScreen({ groupId }: { groupId: string }) {
  const { t, lang } = useT();
  const api = useApi();
  const group = useLoad(`group:${groupId}`, () => api.call('group.get', { groupId }));
  const list = useLoad(`meetings:${groupId}`, () => api.call('meetings.list', { groupId }));
  const names = useCatalogue(lang);
  const [editing, setEditing] = useState<Meeting | null>(null);
  return (
    <Loadable loaded={group}>
      {(detail) => (
        <div className="meetings">
          <nav aria-label={t('common:nav.breadcrumb')} className="breadcrumb">
            <a href={href({ screen: 'overview', programmeId: detail.programme.id })}>
              {detail.programme.id.replace('-', '–')}
            </a>
            {' / '}
            <a href={href({ screen: 'group', groupId })}>
              {t('overview:group', { numeral: detail.group.numeral })}
            </a>
          </nav>
          <h1>{t('meetings:title', { numeral: detail.group.numeral })}</h1>
          <Loadable loaded={names}>
            {(catalogue) => (
              <Loadable loaded={list}>
                {(meetings, reload) => (
                  <div className="columns columns--form">
                    <Card title={editing ? t('meetings:formEdit') : t('meetings:form')}>
                      {meetings.canRecord ? (
                        <MeetingForm
                          key={editing?.id ?? 'new'}
                          group={detail.group}
                          countries={catalogue.catalogue.countries}
                          editing={editing}
                          onCancel={() => setEditing(null)}
                          onSaved={() => {
                            setEditing(null);
                            reload();
                          }}
                        />
                      ) : (
                        <p>{t('meetings:readOnly')}</p>
                      )}
                    </Card>
                    <Card title={t('meetings:list')}>
                      <MeetingList
                        meetings={meetings.meetings}
                        group={detail.group}
                        countries={catalogue.catalogue.countries}
                        editable={meetings.editable}
                        onEdit={setEditing}
                        onRemoved={reload}
                      />
                    </Card>
                  </div>
                )}
              </Loadable>
            )}
          </Loadable>
        </div>
      )}
    </Loadable>
  );
}
