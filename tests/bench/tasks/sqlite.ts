import { join } from 'node:path';
import sqlite, { type Database } from 'node-sqlite3-wasm';
import type { Operation } from '../../../shared/model';
import { figure, median, percentile, timeRuns, type Figures } from '../figures';
import { generate } from '../generate';

export interface SqliteArgs {
  scale: number;
  dir: string;
  dataDir: string;
  loads: number;
  saves: number;
}

/**
 * The peer a user would pick instead of a JSON file: SQLite in WAL mode with `synchronous=FULL`, so a
 * commit is on disk when it returns, as a save of the app is. Exclusive locking because this build's
 * file system layer has no shared memory for the WAL index; one process holds the database, as the app does.
 */
function openPeer(file: string): Database {
  const db = new sqlite.Database(file);
  db.all('PRAGMA locking_mode=EXCLUSIVE');
  const [mode] = db.all('PRAGMA journal_mode=WAL');
  if (mode?.journal_mode !== 'wal')
    throw new Error(`SQLite did not switch to WAL (${JSON.stringify(mode?.journal_mode)})`);
  db.exec('PRAGMA synchronous=FULL');
  return db;
}

/** The same database as the app's file: one row per operation, the rest of the document as one row. */
function writePeer(file: string, ops: readonly Operation[], rest: unknown): void {
  const db = openPeer(file);
  try {
    db.exec(
      'CREATE TABLE ops(seq INTEGER PRIMARY KEY, body TEXT NOT NULL); CREATE TABLE doc(id INTEGER PRIMARY KEY, body TEXT NOT NULL)',
    );
    db.exec('BEGIN');
    const insert = db.prepare('INSERT INTO ops(body) VALUES (?)');
    for (const op of ops) insert.run([JSON.stringify(op)]);
    insert.finalize();
    db.run('INSERT INTO doc(id, body) VALUES (1, ?)', [JSON.stringify(rest)]);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}

/** A full load as the app's: every operation and the rest of the document back as objects. */
function loadPeer(file: string): { ops: unknown[]; rest: unknown } {
  const db = openPeer(file);
  try {
    const ops = db
      .all('SELECT body FROM ops ORDER BY seq')
      .map((row) => JSON.parse(row.body as string) as unknown);
    const rest = JSON.parse(db.all('SELECT body FROM doc WHERE id = 1')[0]?.body as string) as unknown;
    return { ops, rest };
  } finally {
    db.close();
  }
}

/**
 * SQLite doing what the store task measures at the same scale: the same full load, and the same
 * durable save (one operation, as the app would stamp it, appended and committed before returning).
 */
export async function sqliteTask(args: SqliteArgs): Promise<Figures> {
  const file = join(args.dir, `peer-sqlite-${args.scale}x.db`);
  const { db } = generate({ scale: args.scale, dataDir: args.dataDir });
  const { ops, ...rest } = db;
  const last = ops.findLast((op) => op.entity === 'progress');
  if (!last) throw new Error('generated data has no progress report');
  writePeer(file, ops, rest);
  const count = ops.length;
  const big = args.scale >= 100;

  const loads = await timeRuns(
    args.loads,
    () => {
      if (loadPeer(file).ops.length !== count) throw new Error('SQLite lost operations');
    },
    !big,
    big ? 60_000 : Infinity,
  );

  const peer = openPeer(file);
  const saves: number[] = [];
  try {
    const insert = peer.prepare('INSERT INTO ops(body) VALUES (?)');
    for (let i = 0; i < args.saves; i++) {
      // The same bytes as a save of the app: its last report, edited, with the stamp it supersedes.
      const op: Operation = { ...last, fields: { percent: i % 101 }, prev: { percent: last.hlc } };
      const t0 = performance.now();
      insert.run([JSON.stringify(op)]);
      saves.push(performance.now() - t0);
    }
    insert.finalize();
  } finally {
    peer.close();
  }
  const s = `${args.scale}x`;
  const note = `${count} operations, one row each; ${loads.length} loads, ${saves.length} saves (node-sqlite3-wasm, WAL, synchronous=FULL)`;
  return {
    [`sqlite_load_${s}`]: figure(`SQLite peer: database load ${s}`, median(loads), 'ms', null, {}, note),
    [`sqlite_save_p50_${s}`]: figure(
      `SQLite peer: save of one operation ${s}, p50`,
      median(saves),
      'ms',
      null,
      {},
      note,
    ),
    [`sqlite_save_p95_${s}`]: figure(
      `SQLite peer: save of one operation ${s}, p95`,
      percentile(saves, 95),
      'ms',
      null,
      {},
      note,
    ),
  };
}
