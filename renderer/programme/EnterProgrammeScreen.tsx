import { useState } from 'react';
import type { ProgrammeDetail } from '../../shared/api/programme';
import { mayEnterProgrammes } from '../../shared/domain/roles';
import { useApi } from '../api/ApiContext';
import { useCatalogue, type CatalogueNames } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useIdentity } from '../app/IdentityContext';
import { useT } from '../app/i18n';
import { useNavigation } from '../app/Navigation';
import { href } from '../app/route';
import { Card } from '../ui/Card';
import { useErrorText } from '../ui/ErrorMessage';
import { Loadable } from '../ui/Loadable';
import { LocalizedText } from '../ui/LocalizedText';
import { SaveStatus } from '../ui/SaveStatus';
import { GroupForm } from './GroupForm';
import { ProgrammeForm } from './ProgrammeForm';
import { WorkbookImport } from './WorkbookImport';

/**
 * Where the secretariat enters the programme a Conference adopted (`#/enter`), then its working
 * groups one by one (`#/enter/2026-2027`); each group's activities are added on its own screen.
 */
export function EnterProgrammeScreen({ programmeId }: { programmeId: string | null }) {
  const errorText = useErrorText();
  const identity = useIdentity();
  if (!mayEnterProgrammes(identity))
    return (
      <div role="alert" className="error-message">
        <p>{errorText({ code: 'forbidden', i18nKey: 'errors:not-secretariat' })}</p>
      </div>
    );
  return programmeId === null ? <NewProgramme /> : <EnterGroups programmeId={programmeId} />;
}

function NewProgramme() {
  const { t, lang } = useT();
  const api = useApi();
  const { navigate } = useNavigation();
  const list = useLoad('programmes', () => api.call('programmes.list', {}));
  const names = useCatalogue(lang);
  return (
    <div>
      <h1>{t('overview:enter.title')}</h1>
      <p>{t('overview:enter.intro')}</p>
      <Loadable loaded={list}>
        {(programmes) => (
          <ProgrammeForm
            held={programmes.map((p) => p.id)}
            onCreated={(id) => navigate({ screen: 'enter', programmeId: id })}
          />
        )}
      </Loadable>
      <Card title={t('overview:workbook.title')}>
        <Loadable loaded={names}>
          {(catalogue) => (
            <WorkbookImport
              names={catalogue}
              onCreated={(id) => navigate({ screen: 'enter', programmeId: id })}
            />
          )}
        </Loadable>
      </Card>
    </div>
  );
}

function EnterGroups({ programmeId }: { programmeId: string }) {
  const { lang } = useT();
  const api = useApi();
  const detail = useLoad(`programme:${programmeId}`, () => api.call('programme.get', { programmeId }));
  const names = useCatalogue(lang);
  return (
    <Loadable loaded={detail}>
      {(data, reload) => (
        <Loadable loaded={names}>
          {(catalogue) => <GroupsOf detail={data} names={catalogue} reload={reload} />}
        </Loadable>
      )}
    </Loadable>
  );
}

function GroupsOf({
  detail,
  names,
  reload,
}: {
  detail: ProgrammeDetail;
  names: CatalogueNames;
  reload(): void;
}) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { programme } = detail;
  return (
    <div>
      <nav aria-label={t('common:nav.breadcrumb')} className="breadcrumb">
        <a href={href({ screen: 'overview', programmeId: programme.id })}>{programme.id.replace('-', '–')}</a>
      </nav>
      <h1>
        {t('overview:enter.groupsTitle', { id: programme.id.replace('-', '–') })}
        <span className="subtitle">
          <LocalizedText value={programme.title} />
        </span>
      </h1>
      <p>
        {programme.symbol} · {format.month(programme.start)} – {format.month(programme.end)}
      </p>
      <Card title={t('overview:enter.groupsHeld', { count: programme.groups.length })}>
        {programme.groups.length === 0 ? (
          <p>{t('overview:enter.noGroups')}</p>
        ) : (
          <ul>
            {programme.groups.map((g) => (
              <li key={g.id}>
                <a href={href({ screen: 'group', groupId: g.id })}>
                  {t('group:title', { numeral: g.numeral })}: <LocalizedText value={g.title} />
                </a>{' '}
                — {t('overview:enter.activityCount', { count: g.activities.length })}
              </li>
            ))}
          </ul>
        )}
        <SaveStatus savedAt={savedAt} />
      </Card>
      <Card title={t('overview:enter.addGroup')}>
        <GroupForm
          programmeId={programme.id}
          catalogue={names.catalogue}
          taken={programme.groups.map((g) => g.numeral)}
          onSaved={() => {
            setSavedAt(new Date());
            reload();
          }}
        />
      </Card>
    </div>
  );
}
