/** `npm run cli -- <command>`: the command-line face of the tracker, for scripts and support. */
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
process.exitCode = code;
