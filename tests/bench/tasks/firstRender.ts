import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createDispatch, createHandlers } from '../../../electron/handlers';
import { defaultContext } from '../../../electron/handlers/defaultContext';
import { startHost } from '../../../electron/host';
import { openStore } from '../../../electron/store';
import { newGeneration } from '../../../electron/store/journal';
import { snapshotText } from '../../../electron/store/serialize';
import { figure, median, type Figures } from '../figures';
import { generate } from '../generate';
import { buildRenderer } from './rendererSize';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Browser mode over the 1x secretariat database: from navigation to the eleven group cards of the
 * 2020–2021 overview on screen, in a fresh browser context each time (no cache, no storage).
 */
export async function firstRenderTask(args: {
  root: string;
  outDir: string;
  dir: string;
  dataDir: string;
  runs: number;
}): Promise<Figures> {
  if (!existsSync(join(args.outDir, 'index.html'))) buildRenderer(args.root, args.outDir);
  const file = join(args.dir, 'first-render.json');
  writeFileSync(file, snapshotText(generate({ scale: 1, dataDir: args.dataDir }).db, newGeneration()));
  const store = await openStore({ file, dataDir: args.dataDir });
  const ctx = defaultContext('bench');
  const host = await startHost({
    dispatch: createDispatch(createHandlers(store, ctx), ctx),
    staticDir: args.outDir,
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const once = async (): Promise<number> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(host.url);
        await page.locator('.group-cards > li').nth(10).waitFor({ timeout: 30_000 });
        return performance.now() - t0;
      } finally {
        await context.close();
      }
    };
    const cold = await once();
    const times: number[] = [];
    for (let i = 0; i < args.runs; i++) times.push(await once());
    return {
      overview_first_render: figure(
        'overview first render, browser mode (Chromium)',
        median(times),
        'ms',
        null,
        { max: 1000 },
        `${args.runs} runs in fresh contexts; first launch ${cold.toFixed(0)} ms`,
      ),
    };
  } finally {
    await browser.close();
    await host.close();
    await store.close();
  }
}
