import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The floor of a save: the same bytes written the cheapest crash-safe way there is (temp file, fsync,
 * rename, fsync of the folder), synchronously and with nothing else around it.
 */
export function writeDurablyFloor(file: string, bytes: Buffer): void {
  const temp = `${file}.floor.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
