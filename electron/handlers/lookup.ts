import { fail } from '../../shared/errors';
import type { Located, LocatedActivity, VisibleState } from '../../shared/state';

export function findGroup(state: VisibleState, groupId: string): Located {
  const found = state.groups.get(groupId);
  if (!found) fail('unknown-group', 'errors:unknown-group', { id: groupId });
  return found;
}

export function findActivity(state: VisibleState, activityId: string): LocatedActivity {
  const found = state.activities.get(activityId);
  if (!found) fail('unknown-activity', 'errors:unknown-activity', { id: activityId });
  return found;
}
