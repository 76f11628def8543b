import type { Fs } from '../../../electron/store';
import { realFs } from '../../../electron/store/fsApi';

/**
 * The real file system, with a kill switch: once armed, the chosen write-like call (counting file
 * writes, renames, links, copies, truncations and removals) is where the process dies. A file write
 * dies having written only a prefix of its data, as a power cut or SIGKILL leaves it; every call
 * after it fails, since a dead process makes none.
 */
export interface CrashFs {
  fs: Fs;
  /** Die at the `after`-th write-like call from now (0: the next one), leaving `fraction` of its bytes. */
  arm(after: number, fraction: number): void;
  readonly dead: boolean;
}

export class Killed extends Error {
  code = 'EIO';
  constructor() {
    super('process killed (simulated)');
  }
}

export function crashFs(): CrashFs {
  let countdown: number | null = null;
  let fraction = 0;
  let dead = false;
  const alive = () => {
    if (dead) throw new Killed();
  };
  /** True when this call is the one the process dies in. */
  const dies = () => {
    alive();
    if (countdown === null) return false;
    if (countdown-- > 0) return false;
    dead = true;
    return true;
  };
  const guard =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      if (dies()) throw new Killed();
      return f(...a);
    };
  const fs: Fs = {
    async open(path, flags) {
      alive();
      const handle = await realFs.open(path, flags);
      return {
        async writeFile(data, enc) {
          if (dies()) {
            const text = typeof data === 'string' ? Buffer.from(data, enc) : Buffer.from(data);
            await handle.writeFile(text.subarray(0, Math.floor(text.length * fraction)), enc);
            throw new Killed();
          }
          return handle.writeFile(data, enc);
        },
        async sync() {
          alive();
          return handle.sync();
        },
        close: () => handle.close(),
      };
    },
    readFile: async (path, enc) => {
      alive();
      return realFs.readFile(path, enc);
    },
    rename: guard(realFs.rename),
    link: guard(realFs.link),
    unlink: guard(realFs.unlink),
    copyFile: guard(realFs.copyFile),
    truncate: guard(realFs.truncate),
    readdir: async (dir) => {
      alive();
      return realFs.readdir(dir);
    },
    mkdir: async (dir, opts) => {
      alive();
      return realFs.mkdir(dir, opts);
    },
    stat: async (path) => {
      alive();
      return realFs.stat(path);
    },
  };
  return {
    fs,
    arm(after, f) {
      countdown = after;
      fraction = f;
    },
    get dead() {
      return dead;
    },
  };
}
