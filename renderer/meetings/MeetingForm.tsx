import { useState, type SubmitEvent } from 'react';
import type { MeetingInput } from '../../shared/api/meetings';
import { hasErrors, validateMeeting, type MeetingField } from '../../shared/domain/validation';
import type { Country, WorkingGroup } from '../../shared/model/programme';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../shared/model/records';
import { textOf } from '../../shared/model/text';
import { useApi } from '../api/ApiContext';
import { today } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { focusFirstInvalid } from '../ui/focusFirstInvalid';
import { OnBehalfOf, countryInput } from '../ui/OnBehalfOf';
import { SaveStatus } from '../ui/SaveStatus';
import { Select } from '../ui/Select';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';
import { linesOf, splitLines } from './meetingText';

interface Draft {
  kind: MeetingKind;
  title: string;
  start: string;
  end: string;
  held: boolean;
  place: string;
  placeCountry: string;
  organisers: string;
  funders: string;
  countries: string[];
  agencies: string;
  serves: string[];
  documents: string;
  description: string;
  country: string;
}

interface Props {
  group: WorkingGroup;
  countries: Country[];
  /** The meeting being corrected, or null for a new one. */
  editing: Meeting | null;
  onCancel(): void;
  onSaved(): void;
}

/** Records a meeting, workshop or seminar of the group, or corrects one, with what the 2011 report gives for each. */
export function MeetingForm({ group, countries, editing, onCancel, onSaved }: Props) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const api = useApi();
  const objectives = group.objectives.filter((o) => o.kind === 'specific');
  const blank = (): Draft => {
    if (editing === null) {
      const day = today();
      return {
        kind: 'meeting',
        title: '',
        start: day,
        end: day,
        held: true,
        place: '',
        placeCountry: '',
        organisers: '',
        funders: '',
        countries: [],
        agencies: '',
        serves: [],
        documents: '',
        description: '',
        country: '',
      };
    }
    return {
      kind: editing.kind,
      title: textOf(editing.title, lang),
      start: editing.start,
      end: editing.end,
      held: editing.held,
      place: textOf(editing.place, lang),
      placeCountry: editing.placeCountry ?? '',
      organisers: linesOf(editing.organisers, lang),
      funders: linesOf(editing.funders, lang),
      countries: editing.countries,
      agencies: linesOf(editing.agencies, lang),
      serves: [...editing.objectives, ...editing.activities],
      documents: editing.documents.join('\n'),
      description: editing.description === null ? '' : textOf(editing.description, lang),
      country: '',
    };
  };
  const [draft, setDraft] = useState(blank);
  const { dirty, setDirty } = useDirtyForm();
  const [errors, setErrors] = useState<Partial<Record<MeetingField, string>>>({});
  const submit = useSubmit<{ meeting: Meeting }>();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };
  const toggle = (key: 'serves' | 'countries', value: string, on: boolean) =>
    set(key, on ? [...draft[key], value] : draft[key].filter((v) => v !== value));
  const sortedCountries = [...countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const rules = validateMeeting(draft);
    const found: Partial<Record<MeetingField, string>> = {};
    for (const [field, key] of Object.entries(rules) as [MeetingField, string][])
      found[field] = errorText({ code: 'invalid-form', i18nKey: key });
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    const input: MeetingInput = {
      ...(editing === null ? {} : { meetingId: editing.id }),
      groupId: group.id,
      kind: draft.kind,
      title: draft.title.trim(),
      start: draft.start,
      end: draft.end,
      held: draft.held,
      place: draft.place.trim(),
      placeCountry: draft.placeCountry === '' ? null : draft.placeCountry,
      organisers: splitLines(draft.organisers),
      funders: splitLines(draft.funders),
      countries: draft.countries,
      agencies: splitLines(draft.agencies),
      objectives: draft.serves.filter((s) => s.includes('/objective-')),
      activities: draft.serves.filter((s) => !s.includes('/objective-')),
      documents: splitLines(draft.documents),
      description: draft.description.trim(),
      ...countryInput(draft.country),
    };
    const result = await submit.run(() => api.call('meeting.save', input));
    if (result.ok) {
      setDirty(false);
      setDraft(blank());
      onSaved();
    }
  }

  const lines = (key: 'organisers' | 'funders' | 'agencies' | 'documents', label: string) => (
    <Field label={label} hint={t('meetings:onePerLine')}>
      {(c) => <textarea {...c} rows={2} value={draft[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      {editing === null && <OnBehalfOf value={draft.country} onChange={(v) => set('country', v)} />}
      <div className="form__row">
        <Field label={t('meetings:kind')} required>
          {(c) => (
            <Select
              {...c}
              value={draft.kind}
              onChange={(v) => set('kind', v)}
              options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings:kinds.${k}`) }))}
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={draft.held} onChange={(e) => set('held', e.target.checked)} />{' '}
          {t('meetings:held')}
        </label>
      </div>
      <Field label={t('meetings:name')} error={errors.title} required>
        {(c) => (
          <input
            {...c}
            type="text"
            maxLength={500}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <div className="form__row">
        <Field label={t('meetings:start')} error={errors.start} required>
          {(c) => (
            <input {...c} type="date" value={draft.start} onChange={(e) => set('start', e.target.value)} />
          )}
        </Field>
        <Field label={t('meetings:end')} error={errors.end} required>
          {(c) => <input {...c} type="date" value={draft.end} onChange={(e) => set('end', e.target.value)} />}
        </Field>
      </div>
      <div className="form__row">
        <Field label={t('meetings:place')} error={errors.place} required>
          {(c) => (
            <input
              {...c}
              type="text"
              maxLength={200}
              value={draft.place}
              onChange={(e) => set('place', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('meetings:placeCountry')}>
          {(c) => (
            <Select
              {...c}
              value={draft.placeCountry}
              onChange={(v) => set('placeCountry', v)}
              options={[
                { value: '', label: t('meetings:noCountry') },
                ...sortedCountries.map((k) => ({ value: k.iso3, label: k.name[lang] })),
              ]}
            />
          )}
        </Field>
      </div>
      {lines('organisers', t('meetings:organisers'))}
      {lines('funders', t('meetings:funders'))}
      <fieldset className="checklist">
        <legend>{t('meetings:countries')}</legend>
        {sortedCountries.map((k) => (
          <label key={k.iso3} className="checkbox">
            <input
              type="checkbox"
              checked={draft.countries.includes(k.iso3)}
              onChange={(e) => toggle('countries', k.iso3, e.target.checked)}
            />{' '}
            {k.name[lang]}
          </label>
        ))}
      </fieldset>
      {lines('agencies', t('meetings:agencies'))}
      <fieldset className="checklist">
        <legend>{t('meetings:serves')}</legend>
        {objectives.map((o) => {
          const ref = `${group.id}/objective-${o.number}`;
          return (
            <label key={ref} className="checkbox">
              <input
                type="checkbox"
                checked={draft.serves.includes(ref)}
                onChange={(e) => toggle('serves', ref, e.target.checked)}
              />{' '}
              {t('meetings:objective', { number: o.number })}: {textOf(o.text, lang).slice(0, 80)}
            </label>
          );
        })}
        {group.activities.map((a) => (
          <label key={a.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.serves.includes(a.id)}
              onChange={(e) => toggle('serves', a.id, e.target.checked)}
            />{' '}
            {t('meetings:activity', { number: a.number })}: {textOf(a.text, lang).slice(0, 80)}
          </label>
        ))}
      </fieldset>
      {lines('documents', t('meetings:documents'))}
      <Field label={t('meetings:description')}>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            maxLength={20000}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      {submit.error && <ErrorMessage error={submit.error} />}
      <FormActions saving={submit.saving} label={t('meetings:submit')}>
        {editing !== null && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('meetings:cancelEdit')}
          </button>
        )}
        <SaveStatus savedAt={dirty ? null : submit.savedAt} />
      </FormActions>
    </form>
  );
}
