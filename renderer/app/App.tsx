import { useEffect, useRef, useState } from 'react';
import { useApi, useWrites } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { ActivityScreen } from '../activity/ActivityScreen';
import { BudgetScreen } from '../budget/BudgetScreen';
import { GroupScreen } from '../group/GroupScreen';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { OverviewScreen } from '../overview/OverviewScreen';
import { EnterProgrammeScreen } from '../programme/EnterProgrammeScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SheetScreen } from '../print/SheetScreen';
import { SyncScreen } from '../sync/SyncScreen';
import { Loadable } from '../ui/Loadable';
import { useT } from './i18n';
import { IdentityContext } from './IdentityContext';
import { LanguageSelect } from './LanguageSelect';
import { useMenu } from './useMenu';
import { useFocusHeading } from './useFocusHeading';
import { pendingCount } from '../home/HomePanel';
import { useNavigation } from './Navigation';
import type { Route } from './route';
import { href } from './route';
import type { Identity } from '../../shared/model/records';

function Screen({
  route,
  identity,
  onIdentity,
}: {
  route: Route;
  identity: Identity;
  onIdentity: () => void;
}) {
  const { t } = useT();
  switch (route.screen) {
    case 'overview':
      return <OverviewScreen programmeId={route.programmeId} />;
    case 'enter':
      return <EnterProgrammeScreen programmeId={route.programmeId} />;
    case 'group':
      return <GroupScreen groupId={route.groupId} />;
    case 'activity':
      return <ActivityScreen activityId={route.activityId} />;
    case 'budget':
      return <BudgetScreen groupId={route.groupId} activityId={route.activityId} />;
    case 'meetings':
      return <MeetingsScreen groupId={route.groupId} />;
    case 'sheet':
      return <SheetScreen subject={{ groupId: route.groupId }} />;
    case 'country-sheet':
      return <SheetScreen subject={{ country: route.country }} />;
    case 'settings':
      return <SettingsScreen identity={identity} onSaved={onIdentity} />;
    case 'sync':
      return <SyncScreen />;
    case 'not-found':
      return <p>{t('common:notFound')}</p>;
  }
}

/** A count beside a navigation link, read out in words. */
function NavCount({ count, label }: { count: number; label: string }) {
  if (count === 0) return null;
  return (
    <span className="nav-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{` (${label})`}</span>
    </span>
  );
}

const NO_COUNTS = { pending: 0, unsent: 0 };

/** The shell: header with navigation and language, then the screen the URL names, or the first-run screen. */
export function App() {
  const { t, lang, i18n } = useT();
  const api = useApi();
  const { route, navigate } = useNavigation();
  const identity = useLoad('identity', () => api.call('identity.get', {}));
  useMenu();
  useFocusHeading(route);
  const saved = identity.state === 'ready' ? identity.data : null;
  // Counted again after every write (a save, an import, a decision) and on every move.
  const writes = useWrites();
  const home = useLoad(`nav-home-${href(route)}-${writes}-${saved ? 'ready' : 'none'}`, () =>
    saved ? api.call('home.get', {}) : Promise.resolve({ ok: true as const, data: null }),
  );
  // While the counts reload, the last ones stay, so a save does not make them blink.
  const fresh =
    home.state === 'ready'
      ? home.data
        ? { pending: pendingCount(home.data), unsent: home.data.unsent }
        : NO_COUNTS
      : null;
  const [last, setLast] = useState(NO_COUNTS);
  if (fresh && (fresh.pending !== last.pending || fresh.unsent !== last.unsent)) setLast(fresh);
  const counts = fresh ?? last;

  // The identity's language wins over the system's when an identity (re)loads; switches made after
  // that are the user's own and must not be undone by a re-render.
  const applied = useRef<Identity | null>(null);
  useEffect(() => {
    if (!saved || applied.current === saved) return;
    applied.current = saved;
    if (saved.lang !== i18n.language) void i18n.changeLanguage(saved.lang);
  }, [saved, i18n]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('common:appName');
  }, [lang, t]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('common:skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-header__name" href={href({ screen: 'overview', programmeId: null })}>
          {t('common:appName')}
        </a>
        <nav aria-label={t('common:nav.main')} className="app-header__nav">
          <a
            href={href({ screen: 'overview', programmeId: null })}
            aria-current={route.screen === 'overview' ? 'page' : undefined}
          >
            {t('common:nav.overview')}
            <NavCount count={counts.pending} label={t('common:nav.pending', { count: counts.pending })} />
          </a>
          <a href={href({ screen: 'sync' })} aria-current={route.screen === 'sync' ? 'page' : undefined}>
            {t('sync:ui.title')}
            <NavCount count={counts.unsent} label={t('common:nav.unsent', { count: counts.unsent })} />
          </a>
          <a
            href={href({ screen: 'settings' })}
            aria-current={route.screen === 'settings' ? 'page' : undefined}
          >
            {t('common:nav.settings')}
          </a>
        </nav>
        <LanguageSelect />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Loadable loaded={identity}>
          {(current, reload) =>
            current === null ? (
              <SettingsScreen
                identity={null}
                onSaved={() => {
                  reload();
                  navigate({ screen: 'overview', programmeId: null });
                }}
              />
            ) : (
              <IdentityContext.Provider value={current}>
                <Screen route={route} identity={current} onIdentity={reload} />
              </IdentityContext.Provider>
            )
          }
        </Loadable>
      </main>
    </>
  );
}
