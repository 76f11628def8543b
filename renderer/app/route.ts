/**
 * Screens are addressed by the URL fragment, so a reload (or the Electron protocol) lands on the same
 * screen and the browser's back button works, with no router library.
 */
export type Route =
  | { screen: 'overview'; programmeId: string | null }
  | { screen: 'enter'; programmeId: string | null }
  | { screen: 'group'; groupId: string }
  | { screen: 'activity'; activityId: string }
  | { screen: 'budget'; groupId: string; activityId: string | null }
  | { screen: 'meetings'; groupId: string }
  | { screen: 'sheet'; groupId: string }
  | { screen: 'country-sheet'; country: string }
  | { screen: 'settings' }
  | { screen: 'sync' }
  | { screen: 'not-found' };

const PROGRAMME = '\\d{4}-\\d{4}';
const GROUP = `${PROGRAMME}/[A-Z]{1,8}`;
const ACTIVITY = `${GROUP}/\\d+(?:\\.[a-z])?`;

const patterns: Array<[RegExp, (m: RegExpExecArray) => Route]> = [
  [/^$/, () => ({ screen: 'overview', programmeId: null })],
  [new RegExp(`^programme/(${PROGRAMME})$`), (m) => ({ screen: 'overview', programmeId: m[1]! })],
  [new RegExp(`^group/(${GROUP})$`), (m) => ({ screen: 'group', groupId: m[1]! })],
  [new RegExp(`^activity/(${ACTIVITY})$`), (m) => ({ screen: 'activity', activityId: m[1]! })],
  [new RegExp(`^budget/(${GROUP})$`), (m) => ({ screen: 'budget', groupId: m[1]!, activityId: null })],
  [
    new RegExp(`^budget/(${ACTIVITY})$`),
    (m) => ({ screen: 'budget', groupId: m[1]!.split('/').slice(0, 2).join('/'), activityId: m[1]! }),
  ],
  [new RegExp(`^meetings/(${GROUP})$`), (m) => ({ screen: 'meetings', groupId: m[1]! })],
  [new RegExp(`^sheet/(${GROUP})$`), (m) => ({ screen: 'sheet', groupId: m[1]! })],
  [/^sheet\/country\/([A-Z]{3})$/, (m) => ({ screen: 'country-sheet', country: m[1]! })],
  [/^enter$/, () => ({ screen: 'enter', programmeId: null })],
  [new RegExp(`^enter/(${PROGRAMME})$`), (m) => ({ screen: 'enter', programmeId: m[1]! })],
  [/^settings$/, () => ({ screen: 'settings' })],
  [/^sync$/, () => ({ screen: 'sync' })],
];

export function parseRoute(hash: string): Route {
  const path = decodeURIComponent(hash.replace(/^#\/?/, ''));
  for (const [re, make] of patterns) {
    const m = re.exec(path);
    if (m) return make(m);
  }
  return { screen: 'not-found' };
}

export function href(route: Route): string {
  switch (route.screen) {
    case 'overview':
      return route.programmeId ? `#/programme/${route.programmeId}` : '#/';
    case 'enter':
      return route.programmeId ? `#/enter/${route.programmeId}` : '#/enter';
    case 'group':
      return `#/group/${route.groupId}`;
    case 'activity':
      return `#/activity/${route.activityId}`;
    case 'budget':
      return `#/budget/${route.activityId ?? route.groupId}`;
    case 'meetings':
      return `#/meetings/${route.groupId}`;
    case 'sheet':
      return `#/sheet/${route.groupId}`;
    case 'country-sheet':
      return `#/sheet/country/${route.country}`;
    case 'settings':
      return '#/settings';
    case 'sync':
      return '#/sync';
    case 'not-found':
      return '#/';
  }
}
