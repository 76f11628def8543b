import { cliFail } from './errors';

interface BaseSpec {
  required?: boolean;
  repeatable?: boolean;
}
export interface StringSpec extends BaseSpec {
  kind: 'string';
}
export interface EnumSpec<V extends string = string> extends BaseSpec {
  kind: 'enum';
  values: readonly V[];
}
export interface BooleanSpec {
  kind: 'boolean';
}
export type FlagSpec = StringSpec | EnumSpec | BooleanSpec;
export type FlagSpecs = Record<string, FlagSpec>;

type ValueOf<S> = S extends EnumSpec<infer V> ? V : string;

/** What parseArgs returns: repeatable flags as arrays, required ones as values, the rest possibly undefined. */
export type ParsedFlags<S extends FlagSpecs> = {
  [K in keyof S]: S[K] extends BooleanSpec
    ? boolean
    : S[K] extends { repeatable: true }
      ? ValueOf<S[K]>[]
      : S[K] extends { required: true }
        ? ValueOf<S[K]>
        : ValueOf<S[K]> | undefined;
};

export interface ParsedArgs<S extends FlagSpecs> {
  flags: ParsedFlags<S>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value` and bare `--switch` against a declared set of flags. Every
 * mistake (unknown flag, missing value, value not allowed, flag given twice, missing required flag,
 * stray argument) is an AppFailure whose message names the flag and shows the usage.
 */
export function parseArgs<const S extends FlagSpecs>(
  args: readonly string[],
  specs: S,
  usage: string,
  opts: { positionals?: boolean } = {},
): ParsedArgs<S> {
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      if (!opts.positionals) cliFail('unexpected-argument', { value: arg, usage });
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const flag = `--${name}`;
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) cliFail('unknown-flag', { flag, usage });
    if (spec.kind === 'boolean') {
      if (eq !== -1) cliFail('unexpected-argument', { value: arg, usage });
      switches.add(name);
      continue;
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) cliFail('missing-value', { flag });
      value = next;
      i++;
    }
    if (value === '') cliFail('missing-value', { flag });
    if (spec.kind === 'enum' && !spec.values.includes(value)) {
      cliFail('bad-value', { flag, value, allowed: spec.values.join(', ') });
    }
    const list = values.get(name) ?? [];
    if (list.length > 0 && !spec.repeatable) cliFail('not-repeatable', { flag });
    list.push(value);
    values.set(name, list);
  }
  const flags: Record<string, string | string[] | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.kind === 'boolean') {
      flags[name] = switches.has(name);
      continue;
    }
    const list = values.get(name) ?? [];
    if (spec.required && list.length === 0) cliFail('required', { flag: `--${name}`, usage });
    flags[name] = spec.repeatable ? list : list[0];
  }
  return { flags: flags as ParsedFlags<S>, positionals };
}
