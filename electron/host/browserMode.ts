import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatch, createHandlers } from '../handlers';
import { defaultContext } from '../handlers/defaultContext';
import { appInfo } from './appInfo';
import { openDatabase } from './openDatabase';
import { startHost } from './index';

/**
 * `npm run serve`, and `npm start` without an Electron runtime: open the database, serve the UI on
 * 127.0.0.1 and print the one URL that gets in. Returns the exit code when it cannot start.
 */
export async function runBrowserMode(argv: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  const { version, rendererDir } = appInfo();
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`The interface is not built (${rendererDir} is missing); run npm run build first.`);
    return 1;
  }
  const opened = await openDatabase(argv, env);
  if ('error' in opened) {
    console.error(opened.error);
    return 1;
  }
  const { store, notice } = opened;
  if (notice) console.error(notice);
  const ctx = defaultContext(version);
  const host = await startHost({ dispatch: createDispatch(createHandlers(store, ctx), ctx), staticDir: rendererDir });
  console.log(`CEA Programme Tracker (browser mode), database ${store.file}`);
  console.log(`Open ${host.url}`);
  const stop = () => {
    void Promise.allSettled([host.close(), store.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
}
