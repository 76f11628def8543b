/**
 * Child process of crash.test.ts: opens the database, then commits numbered changes forever,
 * printing each number once its commit has resolved. The parent kills it with SIGKILL at random.
 * Every third commit is followed by closing and reopening the store: closing folds the journal into
 * a rewritten file, so kills land in whole-file rewrites as well as in journal appends.
 */
import { openStore } from '../../electron/store';

const file = process.argv[2];
if (!file) throw new Error('usage: crashWriter <db file>');
let store = await openStore({ file });
for (let n = store.read().ops.length + 1; ; n++) {
  await store.commit([{ entity: 'progress', key: `r${n % 5}`, fields: { n } }]);
  process.stdout.write(`${n}\n`);
  if (n % 3 === 0) {
    await store.close();
    store = await openStore({ file });
  }
}
