import { useState, type SubmitEvent } from 'react';
import type { ProgrammeHeader } from '../../shared/api/common';
import { hasErrors, validateProgress, type ProgressField } from '../../shared/domain/validation';
import { Month } from '../../shared/model/dates';
import { Day, STATUSES, type ProgressReport, type Status } from '../../shared/model/records';
import { useApi } from '../api/ApiContext';
import { today } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { SaveStatus } from '../ui/SaveStatus';
import { Select } from '../ui/Select';
import { DayInput, MonthInput } from '../ui/CalendarInput';
import { OnBehalfOf, countryInput } from '../ui/OnBehalfOf';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';
import { EvidenceList, withPending } from './EvidenceList';
import { focusFirstInvalid } from '../ui/focusFirstInvalid';

interface Draft {
  status: Status;
  percent: string;
  actualStart: string;
  actualEnd: string;
  done: string;
  obstacles: string;
  nextSteps: string;
  evidence: string[];
  evidenceNext: string;
  reportDate: string;
  country: string;
}

/** A new report starts from where the latest one left off; the narrative fields start empty. */
function initialDraft(latest: ProgressReport | null): Draft {
  return {
    status: latest?.status ?? 'in-progress',
    percent: String(latest?.percent ?? 0),
    actualStart: latest?.actualStart ?? '',
    actualEnd: latest?.actualEnd ?? '',
    done: '',
    obstacles: '',
    nextSteps: '',
    evidence: [],
    evidenceNext: '',
    reportDate: today(),
    country: '',
  };
}

/** A correction starts from the report as it was saved, every field. */
function draftOf(report: ProgressReport): Draft {
  return {
    status: report.status ?? 'in-progress',
    percent: report.percent === null ? '' : String(report.percent),
    actualStart: report.actualStart ?? '',
    actualEnd: report.actualEnd ?? '',
    done: report.done,
    obstacles: report.obstacles,
    nextSteps: report.nextSteps,
    evidence: report.evidence,
    evidenceNext: '',
    reportDate: report.reportDate,
    country: '',
  };
}

type Errors = Partial<Record<ProgressField, string>>;

interface Props {
  activityId: string;
  programme: ProgrammeHeader;
  latest: ProgressReport | null;
  onSaved(): void;
  /** The report being corrected: the form starts from it and saves a correction instead of a new report. */
  correcting?: ProgressReport;
  onCancel?: () => void;
}

export function ProgressForm({ activityId, programme, latest, onSaved, correcting, onCancel }: Props) {
  const { t } = useT();
  const errorText = useErrorText();
  const api = useApi();
  const [draft, setDraft] = useState(() => (correcting ? draftOf(correcting) : initialDraft(latest)));
  const { dirty, setDirty } = useDirtyForm();
  const [errors, setErrors] = useState<Errors>({});
  const submit = useSubmit<{ report: ProgressReport }>();

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };

  /** Format errors first (what the browser cannot parse), then the shared rules on parsed values. */
  function check(): { errors: Errors; percent: number } {
    const found: Errors = {};
    const percent = Number(draft.percent);
    if (draft.percent.trim() === '' || !Number.isInteger(percent) || percent < 0 || percent > 100)
      found.percent = t('activity:validation.percentRange');
    for (const field of ['actualStart', 'actualEnd'] as const) {
      if (draft[field] !== '' && !Month.safeParse(draft[field]).success)
        found[field] = t('activity:validation.month');
    }
    if (draft.reportDate !== '' && !Day.safeParse(draft.reportDate).success)
      found.reportDate = t('activity:validation.day');
    const rules = validateProgress(
      {
        status: draft.status,
        percent: found.percent ? 0 : percent,
        actualStart: found.actualStart || draft.actualStart === '' ? null : draft.actualStart,
        actualEnd: found.actualEnd || draft.actualEnd === '' ? null : draft.actualEnd,
        done: draft.done,
        reportDate: found.reportDate ? 'invalid' : draft.reportDate,
      },
      programme,
    );
    for (const [field, key] of Object.entries(rules) as Array<[ProgressField, string]>) {
      found[field] ??= errorText({ code: 'invalid-form', i18nKey: key });
    }
    return { errors: found, percent };
  }

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const { errors: found, percent } = check();
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    // Evidence typed but not yet added is part of what the user means to save.
    const evidence = withPending(draft.evidence, draft.evidenceNext) ?? draft.evidence;
    const fields = {
      status: draft.status,
      percent,
      actualStart: draft.actualStart || null,
      actualEnd: draft.actualEnd || null,
      done: draft.done,
      obstacles: draft.obstacles,
      nextSteps: draft.nextSteps,
      evidence,
      reportDate: draft.reportDate,
    };
    const result = await submit.run(() =>
      correcting
        ? api.call('progress.correct', { reportId: correcting.id, ...fields })
        : api.call('progress.save', { activityId, ...fields, ...countryInput(draft.country) }),
    );
    if (result.ok) {
      setDirty(false);
      setDraft(initialDraft(result.data.report));
      onSaved();
    } else if (result.error.code === 'invalid-form' && result.error.details) {
      // The handlers apply the same rules; show what they refused next to each field.
      const server: Errors = {};
      for (const [field, key] of Object.entries(result.error.details))
        server[field as ProgressField] = errorText({ code: 'invalid-form', i18nKey: String(key) });
      setErrors(server);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      {!correcting && <OnBehalfOf value={draft.country} onChange={(v) => set('country', v)} />}
      <div className="form__row">
        <Field label={t('activity:status')} error={errors.status} required>
          {(c) => (
            <Select
              {...c}
              value={draft.status}
              onChange={(v) => set('status', v)}
              options={STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))}
            />
          )}
        </Field>
        <Field label={t('activity:percent')} error={errors.percent} required>
          {(c) => (
            <input
              {...c}
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={draft.percent}
              onChange={(e) => set('percent', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field label={t('activity:actualStart')} error={errors.actualStart}>
          {(c) => <MonthInput {...c} value={draft.actualStart} onChange={(v) => set('actualStart', v)} />}
        </Field>
        <Field label={t('activity:actualEnd')} error={errors.actualEnd}>
          {(c) => <MonthInput {...c} value={draft.actualEnd} onChange={(v) => set('actualEnd', v)} />}
        </Field>
        <Field label={t('activity:reportDate')} error={errors.reportDate} required>
          {(c) => <DayInput {...c} value={draft.reportDate} onChange={(v) => set('reportDate', v)} />}
        </Field>
      </div>
      <Field label={t('activity:done')} error={errors.done} required={draft.status !== 'not-started'}>
        {(c) => <textarea {...c} rows={4} value={draft.done} onChange={(e) => set('done', e.target.value)} />}
      </Field>
      <Field label={t('activity:obstacles')}>
        {(c) => (
          <textarea
            {...c}
            rows={2}
            value={draft.obstacles}
            onChange={(e) => set('obstacles', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('activity:nextSteps')}>
        {(c) => (
          <textarea
            {...c}
            rows={2}
            value={draft.nextSteps}
            onChange={(e) => set('nextSteps', e.target.value)}
          />
        )}
      </Field>
      <EvidenceList
        items={draft.evidence}
        next={draft.evidenceNext}
        onNextChange={(v) => set('evidenceNext', v)}
        onChange={(items) => set('evidence', items)}
      />
      {hasErrors(errors) && (
        <p className="form__summary" role="alert">
          {t('activity:invalid')}
        </p>
      )}
      {submit.error && submit.error.code !== 'invalid-form' && <ErrorMessage error={submit.error} />}
      <FormActions
        saving={submit.saving}
        label={correcting ? t('activity:correction.submit') : t('activity:submit')}
      >
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        )}
        <SaveStatus savedAt={dirty ? null : submit.savedAt} />
      </FormActions>
    </form>
  );
}
