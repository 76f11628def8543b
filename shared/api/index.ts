import type { z } from 'zod';
import { authoringApi } from './authoring';
import { budgetApi } from './budget';
import { meetingsApi } from './meetings';
import { homeApi } from './home';
import { printApi } from './print';
import { programmeApi } from './programme';
import { progressApi } from './progress';
import { recoveryApi } from './recovery';
import { settingsApi } from './settings';
import { syncApi } from './sync';
import { workbookApi } from './workbook';

type Join<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? H & Join<R>
  : unknown;

/** Joins feature tables, refusing a method name declared twice (a spread would let one silently override the other). */
function join<T extends readonly object[]>(...tables: T): Join<T> {
  const out: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (name in out) throw new Error(`API method declared twice: ${name}`);
      out[name] = entry;
    }
  }
  return out as Join<T>;
}

/**
 * The one contract between the renderer and the main process: every method the renderer may call,
 * with the schema its input is parsed with and the type of its output. Add a feature's table here.
 */
export const contract = join(
  programmeApi,
  authoringApi,
  workbookApi,
  homeApi,
  progressApi,
  budgetApi,
  meetingsApi,
  settingsApi,
  printApi,
  syncApi,
  recoveryApi,
);

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults not yet applied). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export type { ApiClient, Transport } from './client';
export type { CeaBridge, MenuEvent } from './bridge';
