import type { meetingsApi } from '../../shared/api/meetings';
import { validateMeeting } from '../../shared/domain/validation';
import { fail } from '../../shared/errors';
import type { JsonValue } from '../../shared/model/ops';
import type { Identity, Meeting } from '../../shared/model/records';
import type { Lang, Localized } from '../../shared/model/text';
import { authorOf, countryFor, permissionsFor, requireIdentity } from './access';
import { newId } from './context';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';
import { refuseInvalid } from './invalid';
import { findGroup } from './lookup';

/** A text the user typed, in the language they work in. */
const typed = (lang: Lang, text: string): Localized => ({ orig: lang, [lang]: text.trim() });

/** Its own country's records, like budget entries; the secretariat any. */
function mayChange(identity: Identity, meeting: Meeting): boolean {
  return identity.role === 'secretariat' || meeting.country === identity.country;
}

export function meetingHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof meetingsApi> {
  const meetingOf = (id: string): Meeting => {
    const found = store.state().meetings.find((m) => m.id === id);
    if (!found) fail('unknown-meeting', 'errors:unknown-meeting', { id });
    return found;
  };
  return {
    async 'meetings.list'({ groupId }) {
      const db = store.read();
      const s = store.state();
      const { group } = findGroup(s, groupId);
      const meetings = s.meetings.filter((m) => m.group === groupId);
      const identity = db.identity;
      const canRecord = identity !== null && permissionsFor(identity, group).meetings;
      return {
        meetings,
        canRecord,
        editable:
          canRecord && identity ? meetings.filter((m) => mayChange(identity, m)).map((m) => m.id) : [],
      };
    },

    async 'meeting.save'(input) {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      const { group } = findGroup(store.state(), input.groupId);
      if (!permissionsFor(identity, group).meetings)
        fail('forbidden', 'errors:forbidden', { action: 'meeting.save' });
      const previous = input.meetingId === undefined ? null : meetingOf(input.meetingId);
      if (previous !== null && (previous.group !== group.id || !mayChange(identity, previous)))
        fail('forbidden', 'errors:forbidden', { action: 'meeting.save' });
      const country = countryFor(identity, input.country);
      refuseInvalid(validateMeeting(input));
      const objectives = new Set(
        group.objectives.filter((o) => o.kind === 'specific').map((o) => `${group.id}/objective-${o.number}`),
      );
      const activities = new Set(group.activities.map((a) => a.id));
      if (
        !input.activities.every((a) => activities.has(a)) ||
        !input.objectives.every((o) => objectives.has(o))
      ) {
        fail('invalid-form', 'errors:invalid-form', { serves: 'errors:meeting.not-in-group' });
      }
      const unknown = [...input.countries, ...(input.placeCountry === null ? [] : [input.placeCountry])].find(
        (c) => !db.countries.some((k) => k.iso3 === c),
      );
      if (unknown !== undefined) fail('unknown-country', 'errors:unknown-country', { country: unknown });
      const lang = identity.lang;
      const description = input.description.trim();
      const meeting: Meeting = {
        id: previous?.id ?? newId(ctx, 'm'),
        group: group.id,
        kind: input.kind,
        title: typed(lang, input.title),
        start: input.start,
        end: input.end,
        held: input.held,
        place: typed(lang, input.place),
        placeCountry: input.placeCountry,
        organisers: input.organisers.map((n) => typed(lang, n)),
        funders: input.funders.map((n) => typed(lang, n)),
        countries: [...new Set(input.countries)],
        agencies: input.agencies.map((n) => typed(lang, n)),
        activities: [...new Set(input.activities)],
        objectives: [...new Set(input.objectives)],
        documents: input.documents,
        description: description === '' ? null : typed(lang, description),
        country: previous?.country ?? country,
        author: authorOf(identity),
        reportDate: ctx.today().toISOString().slice(0, 10),
      };
      const { id, ...fields } = meeting;
      // A correction replaces the record's provenance: what it says now is the user's, not the document's.
      await store.commit([
        {
          entity: 'meeting',
          key: id,
          fields: {
            ...(fields as Record<string, JsonValue>),
            ...(previous?.provenance ? { provenance: null } : {}),
          },
        },
      ]);
      return { meeting };
    },

    async 'meeting.delete'({ meetingId }) {
      const identity = requireIdentity(store.read().identity);
      const meeting = meetingOf(meetingId);
      const { group } = findGroup(store.state(), meeting.group);
      if (!permissionsFor(identity, group).meetings || !mayChange(identity, meeting))
        fail('forbidden', 'errors:forbidden', { action: 'meeting.delete' });
      await store.commit([{ entity: 'meeting', key: meetingId, fields: { deleted: true } }]);
      return { meetingId };
    },
  };
}
