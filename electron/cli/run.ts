import { AppFailure } from '../../shared/errors';
import { LANGS, type Lang } from '../../shared/model/text';
import { defaultDataDir, defaultSeedDir, resolveDbPath } from '../store';
import type { CliContext, Command } from './command';
import { COMMANDS } from './commands';
import { cliErrorKey, cliFail } from './errors';
import { cliI18n, cliLang, messageOf } from './i18n';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Seed data folder; `CEA_DATA` or `<repo>/data` by default. */
  dataDir?: string;
  now?: () => number;
}

/** Exit codes: 0 done, 1 the user can fix it (bad input, locked or damaged database…), 2 a bug. */
export const EXIT = { ok: 0, failure: 1, internal: 2 } as const;

function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

const GLOBAL_FLAGS = ['--db', '--lang'] as const;

/**
 * `--db FILE` and `--lang L` belong to every command, so they are taken out before the command
 * parses the rest; the value of `--lang` is returned for the CLI's language.
 */
function withoutGlobals(argv: readonly string[]): { args: string[]; lang: Lang | undefined } {
  const args: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const flag = GLOBAL_FLAGS.find((f) => arg === f || arg.startsWith(`${f}=`));
    if (flag === undefined) {
      args.push(arg);
      continue;
    }
    const value = arg === flag ? argv[++i] : arg.slice(flag.length + 1);
    if (value === undefined || value === '' || value.startsWith('--')) cliFail('missing-value', { flag });
    if (flag === '--lang') lang = value;
  }
  if (lang !== undefined && !isLang(lang))
    cliFail('bad-value', { flag: '--lang', value: lang, allowed: LANGS.join(', ') });
  return { args, lang };
}

/** A refusal while reading the global flags is said once the language is known. */
function refusalOr<T>(fn: () => T): T | AppFailure {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
}

const SYNOPSIS = 'npm run cli -- <command> [--db FILE] [--lang es|en|pt|fr] [options]';

function commandList(commands: readonly Command[]): string {
  return commands.map((c) => `  ${c.usage}\n      ${c.summary}\n`).join('');
}

/** Runs one CLI invocation; never throws, never exits the process: returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const db = resolveDbPath([...argv], io.env, defaultDataDir(process.platform, io.env));
  const globals = refusalOr(() => withoutGlobals(argv));
  const lang = await cliLang(globals instanceof AppFailure ? undefined : globals.lang, db, io.env);
  const i18n = cliI18n(lang);
  try {
    if (globals instanceof AppFailure) throw globals;
    const [name, ...args] = globals.args;
    if (name === 'help' || name === '--help') {
      io.stdout(`Usage: ${SYNOPSIS}\n\nCommands:\n${commandList(commands)}`);
      return EXIT.ok;
    }
    if (name === undefined)
      cliFail('usage', { usage: `${SYNOPSIS}; commands: ${commands.map((c) => c.name).join(', ')}, help` });
    const command = commands.find((c) => c.name === name);
    if (!command)
      cliFail('unknown-command', { command: name, commands: commands.map((c) => c.name).join(', ') });
    const ctx: CliContext = {
      db,
      dataDir: io.dataDir ?? io.env.CEA_DATA ?? defaultSeedDir(),
      env: io.env,
      now: io.now ?? Date.now,
      out: io.stdout,
      lang,
      t: (key, details) => i18n.t(key, { ...details }),
      say: (key, details) => io.stdout(i18n.t(key, { ...details }) + '\n'),
      message: (error) => messageOf(i18n, error),
    };
    await command.run(args, ctx);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof AppFailure) {
      io.stderr(messageOf(i18n, e.error) + '\n');
      return EXIT.failure;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(
      messageOf(i18n, { code: 'internal', i18nKey: cliErrorKey('internal'), details: { message } }) + '\n',
    );
    return EXIT.internal;
  }
}
