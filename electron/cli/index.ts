/** `npm run cli -- <command>`: the command-line face of the tracker, for scripts and support. */
import { runCli } from './run';

/**
 * Writes to a stream until its reader goes away (`… | head`): after EPIPE the rest of the output is
 * dropped quietly and the command still finishes, releasing the database as it should.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

const code = await runCli(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  env: process.env,
});
process.exitCode = code;
