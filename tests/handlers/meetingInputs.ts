import type { Input } from '../../shared/api';

/** A meeting group VII's Colombian focal point would record. */
export const meeting = (over: Partial<Input<'meeting.save'>> = {}): Input<'meeting.save'> => ({
  groupId: '2020-2021/VII',
  kind: 'workshop',
  title: 'Taller virtual sobre el cuestionario de capacidades',
  start: '2020-10-06',
  end: '2020-10-07',
  held: true,
  place: 'Bogotá',
  placeCountry: 'COL',
  organisers: ['DANE'],
  funders: ['CEPAL'],
  countries: ['COL', 'MEX', 'CHL'],
  agencies: ['OIM'],
  activities: ['2020-2021/VII/3'],
  objectives: [],
  documents: ['Informe del taller'],
  description: 'Se revisó el cuestionario en línea.',
  ...over,
});

/** Inputs the contract refuses before any handler runs. */
export const MEETING_INVALID = {
  'meetings.list': [{}, { groupId: 'VII' }, { groupId: '2020-2021/VII', x: 1 }],
  'meeting.save': [
    { ...meeting(), start: '06/10/2020' },
    { ...meeting(), kind: 'party' },
    { ...meeting(), countries: ['col'] },
    { ...meeting(), activities: ['VII/3'] },
    { ...meeting(), objectives: ['objective-1'] },
    { ...meeting(), documents: [''] },
    { ...meeting(), held: 'yes' },
    { ...meeting(), author: 'someone else' },
    (({ title: _t, ...rest }) => rest)(meeting()),
  ],
  'meeting.delete': [{}, { meetingId: '' }, { meetingId: 'x'.repeat(101) }],
};
