import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/errors';
import { defaultContext } from '../handlers/defaultContext';
import { defaultDataDir, resolveDbPath } from '../store';
import { appInfo } from './appInfo';
import { startSession } from './session';
import { startHost } from './index';

/**
 * `npm run serve`, and `npm start` without an Electron runtime: open the database, serve the UI on
 * 127.0.0.1 and print the one URL that gets in. A database that cannot be opened still gets the URL:
 * the page offers to restore a backup or open another file. Returns the exit code when it cannot start.
 */
export async function runBrowserMode(argv: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  const { version, rendererDir } = appInfo();
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`The interface is not built (${rendererDir} is missing); run npm run build first.`);
    return 1;
  }
  const ctx = defaultContext(version);
  const session = await startSession({
    file: resolveDbPath(argv, env, defaultDataDir()),
    ctx,
    onRecovered: (store) => console.log(`Database ${store.file} opened`),
  });
  const problem = session.problem();
  if (problem)
    console.error(
      `Cannot open ${session.file()}: ${new AppFailure(problem).message}. Open the page to restore a backup or choose another file.`,
    );
  const host = await startHost({ dispatch: session.dispatch, staticDir: rendererDir });
  console.log(`CEA Programme Tracker (browser mode), database ${session.file()}`);
  console.log(`Open ${host.url}`);
  const stop = () => {
    void Promise.allSettled([host.close(), session.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
}
