import { runBrowserMode } from './host/browserMode';

// Entry of `npm run serve`: browser mode on its own.
const code = await runBrowserMode(process.argv.slice(2), process.env);
if (code !== null) process.exit(code);
