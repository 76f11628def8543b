import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch, createHandlers } from '../../electron/handlers';
import type { HandlerContext } from '../../electron/handlers';
import { openStore, readDatabase } from '../../electron/store';
import { journalPathOf } from '../../electron/store/journal';
import type { Store } from '../../electron/store';
import type { Input, Method, Output } from '../../shared/api';
import type { AppError, Result } from '../../shared/errors';
import type { Database } from '../../shared/model';
import type { Identity } from '../../shared/model/records';

export const FOCAL_COL: Identity = {
  name: 'Ana Pérez',
  email: 'ana@dane.gov.co',
  role: 'focal-point',
  country: 'COL',
  groups: ['2020-2021/VII'],
  lang: 'es',
  installation: 'a1b2c3d4e5f60718',
};

export interface Harness {
  store: Store;
  file: string;
  log: ReturnType<typeof vi.fn>;
  ctx: HandlerContext;
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** The data, or the test fails showing the error. */
  ok<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** The error, or the test fails. */
  err(method: unknown, input: unknown): Promise<AppError>;
  /** The database file's text and its journal's: what "the files were left as they were" compares. */
  diskText(): Promise<string>;
  /** The database as the file and its journal hold it. */
  onDisk(): Promise<Database>;
  close(): Promise<void>;
}

/** The real handlers over a real lowdb file in a fresh temporary folder, on 15 October 2020. */
export async function harness(identity: Identity | null = FOCAL_COL): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'cea-handlers-'));
  const file = join(dir, 'cea.json');
  let clock = Date.UTC(2020, 9, 15, 12);
  const store = await openStore({ file, createIfMissing: true, now: () => (clock += 1000) });
  if (identity) await store.update((d) => void (d.identity = identity));
  const log = vi.fn();
  const ctx: HandlerContext = {
    today: () => new Date(2020, 9, 15),
    now: () => clock,
    randomHex: () => randomBytes(16).toString('hex'),
    version: '0.1.0-test',
    log,
  };
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  const call = <M extends Method>(method: M, input: Input<M>) =>
    dispatch(method, input) as Promise<Result<Output<M>>>;
  return {
    store,
    file,
    log,
    ctx,
    call,
    async ok(method, input) {
      const r = await call(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.data;
    },
    async err(method, input) {
      const r = await dispatch(method, input);
      if (r.ok) throw new Error(`${String(method)} unexpectedly succeeded`);
      return r.error;
    },
    async diskText() {
      const journal = journalPathOf(file);
      return `${await readFile(file, 'utf8')}${existsSync(journal) ? await readFile(journal, 'utf8') : ''}`;
    },
    onDisk: () => readDatabase(file),
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
