import { spawn } from 'node:child_process';
import { appInfo } from './host/appInfo';
import { runBrowserMode } from './host/browserMode';
import { electronBinary } from './host/electronRuntime';

// Entry of `npm start`: the desktop app where the Electron runtime is installed, browser mode elsewhere.
const args = process.argv.slice(2);
const binary = electronBinary();
if (binary === null) {
  console.log('Electron runtime not installed; starting browser mode');
  const code = await runBrowserMode(args, process.env);
  if (code !== null) process.exit(code);
} else {
  // The app folder, whose package.json names dist/electron/main.cjs as its main script.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [appInfo().root, ...args], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
