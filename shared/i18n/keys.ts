/**
 * Translation keys typed from the Spanish reference locale: `TKey` is every `namespace:dotted.key`
 * of the renderer's namespaces and the CLI's, with plural suffixes (`_one`, `_many`, `_other`) folded into the base
 * key that `t(key, { count })` takes. A typo in a key is a compile error.
 */
import type activity from './locales/es/activity.json';
import type budget from './locales/es/budget.json';
import type cli from './locales/es/cli.json';
import type common from './locales/es/common.json';
import type group from './locales/es/group.json';
import type meetings from './locales/es/meetings.json';
import type overview from './locales/es/overview.json';
import type recovery from './locales/es/recovery.json';
import type settings from './locales/es/settings.json';
import type sheet from './locales/es/sheet.json';
import type sync from './locales/es/sync.json';

interface Namespaces {
  common: typeof common;
  overview: typeof overview;
  group: typeof group;
  activity: typeof activity;
  budget: typeof budget;
  meetings: typeof meetings;
  settings: typeof settings;
  sync: typeof sync;
  recovery: typeof recovery;
  sheet: typeof sheet;
  cli: typeof cli;
}

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];
type StripPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${StripPlural<K>}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TKey = { [N in keyof Namespaces]: `${N}:${Leaves<Namespaces[N]>}` }[keyof Namespaces];
