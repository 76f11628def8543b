import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppFailure } from '../../shared/errors';
import type { Identity } from '../../shared/model';
import { journalPathOf } from '../../electron/store/journal';

export const IDENTITY: Identity = {
  name: 'Ana Pérez',
  email: 'ana@dane.gov.co',
  country: 'COL',
  role: 'focal-point',
  groups: ['2020-2021/I'],
  lang: 'es',
  installation: 'a1b2c3d4e5f60718',
};

/** A fresh folder per test; `emptyData` is a seed folder with nothing in it, for small fast databases. */
export function tempDir(): { dir: string; emptyData: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cea-store-'));
  const emptyData = mkdtempSync(join(tmpdir(), 'cea-seed-empty-'));
  return {
    dir,
    emptyData,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(emptyData, { recursive: true, force: true });
    },
  };
}

/** The AppFailure a promise rejects with; fails the test if it resolves or rejects with something else. */
export async function failureOf(p: Promise<unknown>): Promise<AppFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw new Error(`expected an AppFailure, got ${String(e)}`);
  }
  throw new Error('expected a rejection');
}

export function failureOfSync(fn: () => unknown): AppFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw new Error(`expected an AppFailure, got ${String(e)}`);
  }
  throw new Error('expected a failure');
}

/** A database file's text and its journal's (null when there is none): what "left untouched" compares. */
export function filesOf(file: string): { file: string; journal: string | null } {
  const journal = journalPathOf(file);
  return {
    file: readFileSync(file, 'utf8'),
    journal: existsSync(journal) ? readFileSync(journal, 'utf8') : null,
  };
}
