import type { authoringApi } from '../../shared/api/authoring';
import {
  programmeFields,
  programmeIdOf,
  validateActivityForm,
  validateGroupForm,
  validateProgrammeForm,
} from '../../shared/domain/authoring';
import { nextActivityNumber } from '../../shared/domain/programmes';
import { fail } from '../../shared/errors';
import type { JsonValue } from '../../shared/model/ops';
import type { Objective } from '../../shared/model/programme';
import type { Lang } from '../../shared/model/text';
import { refuseWrite, requireIdentity, requireSecretariat } from './access';
import type { HandlerStore, HandlersFor } from './context';
import { refuseInvalid } from './invalid';
import { headerOf } from './programme';
import { findActivity, findGroup } from './lookup';

/** Text typed in one language: the original of what the record holds. */
const typed = (lang: Lang, text: string) => ({ orig: lang, [lang]: text.trim() });

/** The handlers that enter a new biennium's programme and keep its plan current (issue 13). */
export function authoringHandlers(store: HandlerStore): HandlersFor<typeof authoringApi> {
  return {
    async 'programme.create'(input) {
      const db = store.read();
      requireSecretariat(requireIdentity(db.identity));
      const held = store.state().programmes.map((p) => p.id);
      refuseInvalid(validateProgrammeForm(input, held));
      const id = programmeIdOf(input);
      await store.commit([{ entity: 'programme', key: id, fields: programmeFields(input) }]);
      const programme = store.state().programmes.find((p) => p.id === id)!;
      return { ...headerOf(programme), groupCount: programme.groups.length };
    },

    async 'group.save'(input) {
      const db = store.read();
      requireSecretariat(requireIdentity(db.identity));
      const programme = store.state().programmes.find((p) => p.id === input.programmeId);
      if (!programme) fail('unknown-programme', 'errors:unknown-programme', { id: input.programmeId });
      refuseInvalid(validateGroupForm(input));
      const objectives: Objective[] = [
        { kind: 'general', number: '', text: typed(input.lang, input.generalObjective) },
        ...input.specificObjectives
          .filter((t) => t.trim() !== '')
          .map((t, i) => ({ kind: 'specific' as const, number: String(i + 1), text: typed(input.lang, t) })),
      ];
      // A coordinating country is represented by its national statistical office.
      const coordinators = input.coordinators.map((iso3) => ({
        country: iso3,
        institution: db.countries.find((c) => c.iso3 === iso3)?.nso ?? '',
      }));
      const fields: Record<string, JsonValue> = {
        title: typed(input.lang, input.title),
        theme: typed(input.lang, input.theme),
        objectives,
        coordinators,
        secretariats: [...new Set(input.secretariats)],
        members: [...new Set(input.members)].filter((c) => !input.coordinators.includes(c)),
      };
      const id = `${programme.id}/${input.numeral}`;
      await store.commit([{ entity: 'group', key: id, fields }]);
      return findGroup(store.state(), id).group;
    },

    async 'members.set'({ groupId, members }) {
      const db = store.read();
      requireSecretariat(requireIdentity(db.identity));
      const { group } = findGroup(store.state(), groupId);
      const coordinating = new Set(group.coordinators.map((c) => c.country));
      const fields = { members: [...new Set(members)].filter((c) => !coordinating.has(c)) };
      await store.commit([{ entity: 'group', key: groupId, fields }]);
      return findGroup(store.state(), groupId).group;
    },

    async 'activity.save'(input) {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      const s = store.state();
      const { group } = findGroup(s, input.groupId);
      refuseWrite(db, identity, 'activity', group, null);
      refuseInvalid(validateActivityForm(input));
      const existing = input.activityId === undefined ? null : findActivity(s, input.activityId).activity;
      if (existing && !existing.id.startsWith(`${group.id}/`))
        fail('unknown-activity', 'errors:unknown-activity', { id: input.activityId ?? '' });
      const id = existing?.id ?? `${group.id}/${nextActivityNumber(group)}`;
      // The document's words for a date stay beside the month a coordinator sets: they are the record.
      const fields: Record<string, JsonValue> = {
        text: typed(input.lang, input.text),
        plannedStart: {
          words: input.startWords
            ? typed(input.lang, input.startWords)
            : (existing?.plannedStart.words ?? null),
          month: input.plannedStart,
        },
        plannedEnd: {
          words: input.endWords ? typed(input.lang, input.endWords) : (existing?.plannedEnd.words ?? null),
          month: input.plannedEnd,
        },
      };
      await store.commit([{ entity: 'activity', key: id, fields }]);
      return findActivity(store.state(), id).activity;
    },
  };
}
