import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDispatch,
  createHandlers,
  type HandlerContext,
  type HandlerStore,
} from '../../../electron/handlers';
import { generateKeys, type KeyPair } from '../../../electron/bundle/keys';
import { loadSeed } from '../../../electron/seed/loadSeed';
import { openMemoryStore, openStore, type Store } from '../../../electron/store';
import { journalPathOf } from '../../../electron/store/journal';
import { serializeDatabase } from '../../../electron/store/serialize';
import type { Input, Method, Output } from '../../../shared/api';
import type { Result } from '../../../shared/errors';
import type { Database } from '../../../shared/model';
import type { Identity } from '../../../shared/model/records';
import { DATA_DIR } from '../../bundle/installations';
import { crashFs, type CrashFs } from './crashFs';

export const PROGRAMME = '2020-2021';
/** The groups the cast works in; the others are left out of the seed, which makes every save copy less. */
const GROUPS = ['I', 'III', 'IV', 'VII', 'VIII', 'XI'];
/** 15 October 2020, noon UTC: inside the programme, so every form date the cast writes is valid. */
export const START = Date.UTC(2020, 9, 15, 12);

export interface Member {
  label: string;
  identity: Identity;
}

const who = (
  label: string,
  role: Identity['role'],
  country: string | null,
  groups: string[],
  installation: string,
): Member => ({
  label,
  identity: {
    name: label,
    email: `${label.toLowerCase()}@example.org`,
    role,
    country,
    groups: groups.map((g) => `${PROGRAMME}/${g}`),
    lang: 'es',
    installation,
  },
});

/** The honest cast: three focal points of different countries and groups, a coordinator, two secretariats. */
export const CAST: readonly Member[] = [
  who('ARG', 'focal-point', 'ARG', ['I', 'VII'], 'a0000000000000a1'),
  who('BRA', 'focal-point', 'BRA', ['VII', 'XI'], 'b0000000000000b2'),
  who('URY', 'focal-point', 'URY', ['I', 'XI'], 'c0000000000000c3'),
  // Colombia coordinates groups I, VII, VIII and IX; this coordinator declared VII and VIII.
  who('COL', 'coordinator', 'COL', ['VII', 'VIII'], 'd0000000000000d4'),
  who('SEC1', 'secretariat', null, [], 'e0000000000000e5'),
  who('SEC2', 'secretariat', null, [], 'f0000000000000f6'),
];
export const COORDINATOR = 3;
export const SECRETARIATS = [4, 5] as const;

/** The hostile installation: a focal point of Peru in group III, trusted by everyone with its key. */
export const HOSTILE = who('PER', 'focal-point', 'PER', ['III'], '9000000000000009');

let seedDb: Database | null = null;
/** The shipped seed, cut to the 2020–2021 programme's groups the cast uses; loaded once per process. */
export function seed(): Database {
  if (!seedDb) {
    const full = loadSeed(DATA_DIR, () => START);
    const programmes = full.programmes
      .filter((p) => p.id === PROGRAMME)
      // The groups' narrative, financing and later activities play no part in sync, and every save copies them.
      .map((p) => ({
        ...p,
        groups: p.groups
          .filter((g) => GROUPS.includes(g.numeral))
          .map((g) => ({
            ...g,
            background: [],
            expectedImpact: [],
            footnotes: [],
            financing: [],
            activities: g.activities.slice(0, 5),
          })),
      }));
    const text = JSON.stringify(programmes);
    seedDb = {
      ...full,
      ops: [],
      programmes,
      institutions: full.institutions.filter((i) => text.includes(`"${i.id}"`)),
    };
  }
  return seedDb;
}

const keys = new Map<string, KeyPair>();
/** One key pair per member for the whole process: key generation is not what is under test. */
export function keyOf(m: Member): KeyPair {
  let k = keys.get(m.identity.installation);
  if (!k) keys.set(m.identity.installation, (k = generateKeys()));
  return k;
}

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

/** The real handlers over `store`, as the screens and the CLI reach them, on a computer whose clock reads `now`. */
export function dispatcher(store: HandlerStore, now: () => number): Call {
  const ctx: HandlerContext = {
    today: () => new Date(now()),
    now,
    randomHex: () => randomBytes(16).toString('hex'),
    version: 'model',
    log: () => undefined,
  };
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  return (method, input) => dispatch(method, input) as never;
}

/** Time in the world, shared by everyone; each installation's clock is off it by its own offset. */
export class World {
  t = START;
  tick(ms = 60_000): void {
    this.t += ms;
  }
}

/**
 * One installation of the cast: the real handlers over a real store, with its own clock. In memory by
 * default; on a real file (in a temporary folder, through a file system that can be killed mid-write)
 * when `onDisk`, so that a kill and a restart are what they are for a user.
 */
export class Installation {
  offset = 0;
  /** Days ahead (in ms) when the laptop's clock is far wrong; 0 when it is right. */
  ahead = 0;
  store!: Store;
  call!: Call;
  readonly dir: string | null;
  readonly file: string | null;
  fs: CrashFs | null = null;
  private ms = 0;

  constructor(
    readonly member: Member,
    readonly index: number,
    private readonly world: World,
    onDisk: boolean,
  ) {
    this.dir = onDisk ? mkdtempSync(join(tmpdir(), 'cea-model-')) : null;
    this.file = this.dir ? join(this.dir, 'cea.json') : null;
  }

  /** This computer's time: the world's plus its offset, a millisecond on at each reading. */
  now = (): number => this.world.t + this.offset + this.ahead + ++this.ms;

  initialDb(): Database {
    const k = keyOf(this.member);
    const s = seed();
    return {
      ...s,
      identity: { ...this.member.identity },
      sync: { ...s.sync, publicKey: k.publicKey, privateKey: k.privateKey },
    };
  }

  async open(): Promise<void> {
    if (this.file) {
      if (!existsSync(this.file)) writeFileSync(this.file, serializeDatabase(this.initialDb()));
      this.fs = crashFs();
      this.bind(await openStore({ file: this.file, now: this.now, fs: this.fs.fs }));
    } else {
      this.bind(openMemoryStore(this.initialDb(), this.now));
    }
  }

  bind(store: Store): void {
    this.store = store;
    this.call = dispatcher(store, this.now);
  }

  /** The process died: its store is dropped unclosed, its lock left behind, then the program starts again. */
  async restart(): Promise<void> {
    if (!this.file) throw new Error('only an installation on disk can be killed');
    // A lock left by a dead process is taken over on start; this process is still alive, so remove it as the next start would.
    if (existsSync(`${this.file}.lock`)) unlinkSync(`${this.file}.lock`);
    this.fs = crashFs();
    this.bind(await openStore({ file: this.file, now: this.now, fs: this.fs.fs }));
  }

  /** The database file and its journal, byte for byte. */
  async diskText(): Promise<string | null> {
    if (!this.file) return null;
    const journal = journalPathOf(this.file);
    return `${await readFile(this.file, 'utf8')}${existsSync(journal) ? await readFile(journal, 'utf8') : ''}`;
  }

  async dispose(): Promise<void> {
    if (this.fs?.dead) {
      // A killed store is never closed; its folder goes.
    } else {
      await this.store.close().catch(() => undefined);
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
