import { contract, isMethod } from '../../shared/api';
import type { Method } from '../../shared/api';
import { firstChangeIssue, issueDetails } from '../../shared/domain/content';
import { AppFailure, fail } from '../../shared/errors';
import type { AppError, Result } from '../../shared/errors';
import { authoringHandlers } from './authoring';
import { budgetHandlers } from './budget';
import { meetingHandlers } from './meetings';
import { homeHandlers } from './home';
import type { Handler, HandlerContext, HandlerStore } from './context';
import { printHandlers } from './print';
import { programmeHandlers } from './programme';
import { progressHandlers } from './progress';
import { settingsHandlers } from './settings';
import { startupHandlers } from './startup';
import { syncHandlers } from './sync';
import { workbookHandlers } from './workbook';
import { countryName } from '../../shared/domain/lookup';
import { changeLabel } from '../../shared/domain/recordLabel';

export type { HandlerContext, HandlerStore } from './context';

export type Handlers = { [M in Method]: Handler<M> };

/**
 * The store as handlers see it: every local save is checked, before it is stamped, by the check a
 * bundle's operations get (shared/domain/content.ts), so a save never holds what an export or an
 * import would refuse.
 */
function checkingSaves(store: HandlerStore): HandlerStore {
  return {
    ...store,
    read: () => store.read(),
    state: () => store.state(),
    async commit(changes) {
      const db = store.read();
      const identity = db.identity;
      if (identity) {
        const author = {
          name: identity.name,
          email: identity.email,
          country: identity.country,
          role: identity.role,
        };
        const found = firstChangeIssue(changes, author, store.state().folded, db);
        if (found) {
          const name = (iso3: string) => countryName(db.countries, iso3, identity.lang);
          const record = changeLabel(found.change, store.state().folded, name);
          fail(
            'invalid-operation',
            'sync:errors.invalid-change',
            issueDetails(found.change, found.issue, record),
          );
        }
      }
      return store.commit(changes);
    },
  };
}

/** One handler per contract method: leaving one out does not compile. */
export function createHandlers(unchecked: HandlerStore, ctx: HandlerContext): Handlers {
  const store = checkingSaves(unchecked);
  return {
    ...programmeHandlers(store, ctx),
    ...authoringHandlers(store),
    ...workbookHandlers(store),
    ...homeHandlers(store, ctx),
    ...progressHandlers(store, ctx),
    ...budgetHandlers(store, ctx),
    ...meetingHandlers(store, ctx),
    ...settingsHandlers(store, ctx),
    ...printHandlers(store, ctx),
    ...syncHandlers(store, ctx),
    ...startupHandlers(),
  };
}

export type Dispatch = (method: unknown, rawInput: unknown) => Promise<Result<unknown>>;

function errorOf(code: string, i18nKey: string, details?: AppError['details']): Result<never> {
  return { ok: false, error: details ? { code, i18nKey, details } : { code, i18nKey } };
}

/**
 * The one entry for every call from the renderer, over IPC or HTTP. It never throws: an unknown
 * method, an input that does not parse, a refused action or a bug all come back as error values, and
 * nothing reaches a handler (or the store) before its input has been parsed.
 */
export function createDispatch(handlers: Handlers, ctx: Pick<HandlerContext, 'log'>): Dispatch {
  return async (method, rawInput) => {
    if (!isMethod(method))
      return errorOf('unknown-method', 'errors:unknown-method', { method: String(method).slice(0, 100) });
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return errorOf('invalid-input', 'errors:invalid-input', {
        method,
        path: issue ? issue.path.map(String).join('.') : '',
        issue: issue?.message ?? '',
      });
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data) };
    } catch (e) {
      if (e instanceof AppFailure) return { ok: false, error: e.error };
      ctx.log(`handler ${method} failed`, e);
      return errorOf('internal', 'errors:internal');
    }
  };
}
