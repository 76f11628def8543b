import { AppFailure, fail } from '../../shared/errors';
import { defaultDataDir, defaultSeedDir, resolveDbPath } from '../store';
import type { CliContext, Command } from './command';
import { COMMANDS } from './commands';
import { englishMessage } from './messages';

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

/** `--db FILE` belongs to every command, so it is taken out before the command parses the rest. */
function withoutDb(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--db') {
      if (argv[i + 1] === undefined) fail('cli-missing-value', 'store:cli-missing-value', { flag: '--db' });
      i++;
    } else if (!arg.startsWith('--db=')) out.push(arg);
  }
  return out;
}

const SYNOPSIS = 'npm run cli -- <command> [--db FILE] [options]';

function commandList(commands: readonly Command[]): string {
  return commands.map((c) => `  ${c.usage}\n      ${c.summary}\n`).join('');
}

/** Runs one CLI invocation; never throws, never exits the process: returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  try {
    const [name, ...args] = withoutDb(argv);
    if (name === 'help' || name === '--help') {
      io.stdout(`Usage: ${SYNOPSIS}\n\nCommands:\n${commandList(commands)}`);
      return EXIT.ok;
    }
    if (name === undefined)
      fail('cli-usage', 'store:cli-usage', {
        usage: `${SYNOPSIS}; commands: ${commands.map((c) => c.name).join(', ')}, help`,
      });
    const command = commands.find((c) => c.name === name);
    if (!command)
      fail('cli-unknown-command', 'store:cli-unknown-command', {
        command: name,
        commands: commands.map((c) => c.name).join(', '),
      });
    const ctx: CliContext = {
      db: resolveDbPath([...argv], io.env, defaultDataDir(process.platform, io.env)),
      dataDir: io.dataDir ?? io.env.CEA_DATA ?? defaultSeedDir(),
      env: io.env,
      now: io.now ?? Date.now,
      out: io.stdout,
    };
    await command.run(args, ctx);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof AppFailure) {
      io.stderr(englishMessage(e.error).replace(/\s*\n\s*/g, ' ') + '\n');
      return EXIT.failure;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(
      englishMessage({ code: 'cli-internal', i18nKey: 'store:cli-internal', details: { message } }).replace(
        /\s*\n\s*/g,
        ' ',
      ) + '\n',
    );
    return EXIT.internal;
  }
}
