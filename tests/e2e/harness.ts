/**
 * What every real-browser test shares: the built renderer, Debian Chromium driven by playwright-core,
 * a temp folder per test file, axe-core, where screenshots go, and (startApp) the browser-mode host
 * over a fresh database with an identity.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createClient } from '../../shared/api/client';
import type { IdentityInput } from '../../shared/api/settings';
import { createDispatch, createHandlers } from '../../electron/handlers';
import { defaultContext } from '../../electron/handlers/defaultContext';
import { startHost, type Host } from '../../electron/host';
import { openStore, type Store } from '../../electron/store';

export const ROOT = join(import.meta.dirname, '../..');
export const RENDERER = join(ROOT, 'dist/renderer');
export const DATA = join(ROOT, 'data');
export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'tests/.out/screenshots');

/** Fails early, saying what to do, when the build or the browser is missing; returns a fresh temp folder. */
export function prepare(prefix: string): string {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error(`${RENDERER} is missing: run \`npm run build\` first (npm test does).`);
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian Chromium (apt-get install -y chromium).`);
  mkdirSync(SHOTS, { recursive: true });
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page: a CSP violation is a bug even when the screen looks right. */
  errors: string[];
}

/** Headless Chromium in Spanish at a laptop's size, with its profile under `dir`. */
export async function launch(dir: string): Promise<Browser> {
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'es-ES',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** axe-core in the page (evaluated over the DevTools protocol, which the page's CSP does not govern). */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking, `${name}: ${JSON.stringify(blocking)}`).toEqual([]);
}

/** The accessibility check, then a full-page screenshot named `name` for a human to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, name);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The app in browser mode over its own database file, with an identity set, and a browser to drive it. */
export interface RunningApp extends Browser {
  dir: string;
  store: Store;
  host: Host;
  close(): Promise<void>;
}

/** One installation in browser mode: its database file under `dir`, `identity` set through the real handlers, its host. */
export interface Installation {
  store: Store;
  host: Host;
  client: ReturnType<typeof createClient>;
  close(): Promise<void>;
}

export async function startInstallation(
  dir: string,
  name: string,
  identity: IdentityInput,
): Promise<Installation> {
  const store = await openStore({ file: join(dir, `${name}.json`), dataDir: DATA, createIfMissing: true });
  const ctx = defaultContext('e2e');
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  const client = createClient((m, i) => dispatch(m, i));
  await client.send('identity.set', identity);
  const host = await startHost({ dispatch, staticDir: RENDERER });
  return {
    store,
    host,
    client,
    async close() {
      await host.close();
      await store.close();
    },
  };
}

/** A fresh temp folder and database seeded from data/, `identity` set through the real handlers, the host and Chromium started. */
export async function startApp(prefix: string, identity: IdentityInput): Promise<RunningApp> {
  const dir = prepare(prefix);
  const installation = await startInstallation(dir, 'cea', identity);
  const browser = await launch(dir);
  return {
    ...browser,
    dir,
    store: installation.store,
    host: installation.host,
    async close() {
      await browser.context.close();
      await installation.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
