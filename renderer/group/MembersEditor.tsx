import { useState, type SubmitEvent } from 'react';
import type { Catalogue } from '../../shared/api/programme';
import type { WorkingGroup } from '../../shared/model/programme';
import { useApi } from '../api/ApiContext';
import { useT } from '../app/i18n';
import { Checklist, countryOptions } from '../ui/Checklist';
import { ErrorMessage } from '../ui/ErrorMessage';
import { FormActions } from '../ui/FormActions';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';

/**
 * The secretariat records which countries are members of the group: from then on only they (and the
 * coordinating countries) report in it, and the record travels in the consolidated bundle.
 */
export function MembersEditor({
  group,
  catalogue,
  onSaved,
  onCancel,
}: {
  group: WorkingGroup;
  catalogue: Catalogue;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t, lang } = useT();
  const api = useApi();
  const [members, setMembers] = useState<string[]>(group.members);
  const { setDirty, edit } = useDirtyForm();
  const submit = useSubmit<WorkingGroup>();
  const coordinating = new Set(group.coordinators.map((c) => c.country));

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const result = await submit.run(() => api.call('members.set', { groupId: group.id, members }));
    if (result.ok) {
      setDirty(false);
      onSaved();
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('group:membersForm.title')}>
      <p className="field__hint">{t('group:membersForm.hint')}</p>
      <Checklist
        legend={t('group:members')}
        options={countryOptions(
          catalogue.countries.filter((c) => !coordinating.has(c.iso3)),
          lang,
        )}
        selected={members}
        onChange={edit(setMembers)}
      />
      {submit.error && <ErrorMessage error={submit.error} />}
      <FormActions saving={submit.saving} label={t('group:membersForm.save')}>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </FormActions>
    </form>
  );
}
