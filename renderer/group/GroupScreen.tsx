import { Fragment, useState } from 'react';
import type { GroupDetail } from '../../shared/api/programme';
import { effectiveStatus } from '../../shared/domain/progress';
import { useApi } from '../api/ApiContext';
import { useCatalogue, type CatalogueNames } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';
import { href } from '../app/route';
import { Card } from '../ui/Card';
import { Loadable } from '../ui/Loadable';
import { LocalizedText } from '../ui/LocalizedText';
import { DownloadButton } from '../ui/DownloadButton';
import { SaveStatus } from '../ui/SaveStatus';
import { Contributions } from './Contributions';
import { mayEnterProgrammes } from '../../shared/domain/roles';
import { useIdentity } from '../app/IdentityContext';
import { ActivityForm } from './ActivityForm';
import { MembersEditor } from './MembersEditor';
import { PlanEditor } from './PlanEditor';
import { References } from './References';
import { Timeline, TimelineScale } from './Timeline';

export function GroupScreen({ groupId }: { groupId: string }) {
  const { lang } = useT();
  const api = useApi();
  const detail = useLoad(`group:${groupId}`, () => api.call('group.get', { groupId }));
  const names = useCatalogue(lang);
  return (
    <Loadable loaded={detail}>
      {(data, reload) => (
        <Loadable loaded={names}>
          {(catalogue) => <GroupView detail={data} names={catalogue} reload={reload} />}
        </Loadable>
      )}
    </Loadable>
  );
}

function GroupView({
  detail,
  names,
  reload,
}: {
  detail: GroupDetail;
  names: CatalogueNames;
  reload(): void;
}) {
  const { t, lang } = useT();
  // One form at a time: `plan:<id>`, `text:<id>`, `new-activity` or `members`.
  const [editing, setEditing] = useState<string | null>(null);
  const toggle = (form: string) => setEditing(editing === form ? null : form);
  const identity = useIdentity();
  const [planSavedAt, setPlanSavedAt] = useState<Date | null>(null);
  const api = useApi();
  const format = useFormat(lang);
  const { group, programme } = detail;
  const general = group.objectives.filter((o) => o.kind === 'general');
  const specific = group.objectives.filter((o) => o.kind === 'specific');
  const today = new Date();
  const planSaved = () => {
    setEditing(null);
    setPlanSavedAt(new Date());
    reload();
  };
  return (
    <div className="group">
      <nav aria-label={t('common:nav.breadcrumb')} className="breadcrumb">
        <a href={href({ screen: 'overview', programmeId: programme.id })}>{programme.id.replace('-', '–')}</a>
      </nav>
      <h1>
        {t('group:title', { numeral: group.numeral })}
        <span className="subtitle">
          <LocalizedText value={group.title} />
        </span>
      </h1>
      <p className="theme">
        {t('overview:theme')}: <LocalizedText value={group.theme} />
      </p>
      <p>
        <a
          className="button button--secondary"
          href={href({ screen: 'budget', groupId: group.id, activityId: null })}
        >
          {t('group:budgetLink')}
        </a>{' '}
        <a className="button button--secondary" href={href({ screen: 'meetings', groupId: group.id })}>
          {t('meetings:link')}
        </a>
      </p>

      {/* The plan is what people come for: it leads, the group's background follows. */}
      <Card title={t('group:plan.title')}>
        <ScrollRegion label={t('group:plan.title')}>
          <table className="plan">
            <caption>
              {t('group:plan.caption', {
                numeral: group.numeral,
                start: format.month(programme.start),
                end: format.month(programme.end),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('group:plan.number')}</th>
                <th scope="col">{t('group:plan.activity')}</th>
                <th scope="col">{t('group:plan.start')}</th>
                <th scope="col">{t('group:plan.end')}</th>
                <th scope="col">{t('group:plan.status')}</th>
                <th scope="col" className="plan__timeline">
                  {t('group:plan.timeline')}
                  <TimelineScale span={programme} />
                </th>
                <th scope="col">{t('group:plan.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.activities.map((view) => {
                const a = view.activity;
                const status = effectiveStatus(view.latest, view.decision);
                return (
                  <Fragment key={a.id}>
                    <tr>
                      <th scope="row">{a.number}</th>
                      <td className="plan__text">
                        <LocalizedText value={a.text} />
                      </td>
                      <td>{format.planned(a.plannedStart, t('common:notSet'))}</td>
                      <td>{format.planned(a.plannedEnd, t('common:notSet'))}</td>
                      <td>
                        <span className={`badge status--${status}`}>{t(`common:status.${status}`)}</span>
                        {view.overdue && (
                          <span className="badge badge--overdue">{t('group:plan.overdue')}</span>
                        )}
                        {view.latest && (
                          <span className="percent">
                            {view.latest.percent === null
                              ? t('common:notStated')
                              : format.percent(view.latest.percent / 100)}
                          </span>
                        )}
                      </td>
                      <td>
                        <Timeline
                          span={programme}
                          start={a.plannedStart}
                          end={a.plannedEnd}
                          status={status}
                          today={today}
                        />
                      </td>
                      <td className="plan__actions">
                        <a
                          href={href({ screen: 'activity', activityId: a.id })}
                          aria-label={t('group:plan.report', { number: a.number })}
                        >
                          {t('group:plan.reportShort')}
                        </a>
                        <a
                          href={href({ screen: 'budget', groupId: group.id, activityId: a.id })}
                          aria-label={t('group:plan.budget', { number: a.number })}
                        >
                          {t('group:plan.budgetShort')}
                        </a>
                        {detail.permissions.editPlan && (
                          <>
                            <button
                              type="button"
                              className="button button--link"
                              aria-label={t('group:plan.edit', { number: a.number })}
                              aria-expanded={editing === `plan:${a.id}`}
                              onClick={() => toggle(`plan:${a.id}`)}
                            >
                              {t('group:plan.editShort')}
                            </button>
                            <button
                              type="button"
                              className="button button--link"
                              aria-label={t('group:activityForm.correct', { number: a.number })}
                              aria-expanded={editing === `text:${a.id}`}
                              onClick={() => toggle(`text:${a.id}`)}
                            >
                              {t('group:activityForm.correctShort')}
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                    {editing === `plan:${a.id}` && (
                      <tr>
                        <td colSpan={7}>
                          <PlanEditor view={view} onCancel={() => setEditing(null)} onSaved={planSaved} />
                        </td>
                      </tr>
                    )}
                    {editing === `text:${a.id}` && (
                      <tr>
                        <td colSpan={7}>
                          <ActivityForm
                            groupId={group.id}
                            activity={a}
                            onCancel={() => setEditing(null)}
                            onSaved={planSaved}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
        {detail.permissions.editPlan &&
          (editing === 'new-activity' ? (
            <ActivityForm groupId={group.id} onCancel={() => setEditing(null)} onSaved={planSaved} />
          ) : (
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => toggle('new-activity')}
              >
                {t('group:activityForm.addButton')}
              </button>
            </p>
          ))}
        <SaveStatus savedAt={planSavedAt} />
      </Card>

      <div className="columns">
        <Card title={t('group:objectives')}>
          {general.map((o, i) => (
            <p key={`g${i}`}>
              <strong>{t('group:general')}: </strong>
              <LocalizedText value={o.text} />
            </p>
          ))}
          {specific.length > 0 && (
            <>
              <h3>{t('group:specific')}</h3>
              {/* Numbered as the document numbers them (i, ii… or 1, 2…), not by the list. */}
              <ul className="objectives">
                {specific.map((o) => (
                  <li key={o.number}>
                    <span className="objectives__number">{o.number})</span> <LocalizedText value={o.text} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {group.objectivesNotes?.map((note, i) => (
            <p key={`n${i}`}>
              <LocalizedText value={note} />
            </p>
          ))}
        </Card>
        <Card title={t('group:people')}>
          <h3>{t('group:coordinators')}</h3>
          <ul>
            {group.coordinators.map((c) => (
              <li key={`${c.country}-${c.institution}`}>
                {names.country(c.country)} — {names.institution(c.institution)}
              </li>
            ))}
          </ul>
          {group.members.length > 0 && (
            <>
              <h3>{t('group:members')}</h3>
              <p>{group.members.map((m) => names.country(m)).join(', ')}</p>
            </>
          )}
          {mayEnterProgrammes(identity) &&
            (editing === 'members' ? (
              <MembersEditor
                group={group}
                catalogue={names.catalogue}
                onCancel={() => setEditing(null)}
                onSaved={planSaved}
              />
            ) : (
              <p>
                <button type="button" className="button button--secondary" onClick={() => toggle('members')}>
                  {t('group:membersForm.edit')}
                </button>
              </p>
            ))}
          <h3>{t('group:secretariats')}</h3>
          <ul>
            {group.secretariats.map((s) => (
              <li key={s}>{names.institution(s)}</li>
            ))}
          </ul>
        </Card>
      </div>

      <References group={group} meetings={detail.referenceMeetings} />

      <Card title={t('group:documents')}>
        <p>
          <a className="button" href={href({ screen: 'sheet', groupId: group.id })}>
            {t('sheet:open')}
          </a>
        </p>
        <div className="downloads">
          <DownloadButton
            label={t('group:sheetPdf')}
            make={() => api.call('sheet.pdf', { groupId: group.id, lang, paper: 'a4' })}
          />
          <DownloadButton
            label={t('group:reportDocx')}
            make={() =>
              api.call('report.docx', {
                groupId: group.id,
                lang: lang === 'en' ? 'en' : 'es',
                fileLang: lang,
              })
            }
          />
        </div>
        {lang !== 'es' && lang !== 'en' && <p className="field__hint">{t('group:reportLangNote')}</p>}
      </Card>

      <Card title={t('group:financing')}>
        {group.financing.map((f, i) => (
          <p key={i}>
            <LocalizedText value={f} />
          </p>
        ))}
        <Contributions contributions={group.contributions} totals={detail.plannedTotals} names={names} />
      </Card>
    </div>
  );
}
