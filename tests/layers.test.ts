import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, sep } from 'node:path';

/**
 * The layering rule: shared/ is pure TypeScript; renderer/ sees only shared/; electron/ sees only
 * shared/; and only the two entry files touch the `electron` runtime, so everything else under
 * electron/ runs under plain Node (tests, CLI).
 */
const ROOT = join(import.meta.dirname, '..');
const LAYERS = ['shared', 'electron', 'renderer'] as const;
const ELECTRON_ENTRIES = new Set(['electron/main.ts', 'electron/preload.ts']);
const NODE_BUILTINS = new Set(builtinModules);

/** Module specifiers of static imports, re-exports, dynamic imports and requires, type-only ones too. */
export function importsOf(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1] ?? ''));
}

function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0] ?? '');
}

function isReact(spec: string): boolean {
  return /^react(-dom|-i18next)?(\/|$)/.test(spec);
}

/**
 * The status sheet is a single React component that the app previews and prints and that electron/print
 * renders for the CLI's and the main process's PDFs. electron/ does not import it: it loads the sheet's
 * server-render build, dist/sheet/ssr.mjs (renderer/sheet/ssr.tsx). That build runs under plain Node, so
 * renderer/sheet/ imports nothing but shared/, React (react-dom/server for the entry), i18next and its
 * own files.
 */
const SHEET = 'renderer/sheet/';
const SHEET_PACKAGES = /^(react(\/jsx-runtime)?|react-dom\/server|react-i18next|i18next)$/;

/** Where a relative import lands, repo-relative, from a file at repo-relative `file`. */
function targetPath(file: string, spec: string): string {
  return posix.normalize(posix.join(posix.dirname(file), spec));
}

/** Which top folder a relative import lands in, from a file at repo-relative `file`. */
function targetLayer(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(file), spec));
  return target.split('/')[0] ?? null;
}

/** Every broken rule in one file, as "file: imports 'spec' (why)". `file` is repo-relative with slashes. */
export function violationsOf(file: string, source: string): string[] {
  const layer = file.split('/')[0];
  const out: string[] = [];
  for (const spec of importsOf(source)) {
    const into = targetLayer(file, spec);
    const why: string[] = [];
    if (layer === 'shared') {
      if (spec === 'electron') why.push('shared must not import electron');
      if (isNodeBuiltin(spec)) why.push('shared must not import Node built-ins');
      if (isReact(spec)) why.push('shared must not import React');
      if (into === 'electron' || into === 'renderer') why.push(`shared must not import from ${into}/`);
    } else if (layer === 'renderer') {
      if (
        file.startsWith(SHEET) &&
        (spec.startsWith('.')
          ? !targetPath(file, spec).startsWith(SHEET) && into !== 'shared'
          : !SHEET_PACKAGES.test(spec))
      ) {
        why.push(
          'renderer/sheet/ is also rendered under Node (dist/sheet/ssr.mjs): it imports only shared/, React, i18next and its own files',
        );
      }
      if (spec === 'electron') why.push('renderer must not import electron');
      if (isNodeBuiltin(spec)) why.push('renderer must not import Node built-ins');
      if (into === 'electron') why.push('renderer must not import from electron/');
    } else if (layer === 'electron') {
      if (into === 'renderer') why.push('electron/ must not import from renderer/');
      if ((spec === 'electron' || spec.startsWith('electron/')) && !ELECTRON_ENTRIES.has(file)) {
        why.push('only electron/main.ts and electron/preload.ts may import electron');
      }
    }
    for (const w of why) out.push(`${file}: imports '${spec}' (${w})`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('layers', () => {
  it('no file imports across the layering rule', () => {
    const files = LAYERS.flatMap((l) => sourceFiles(join(ROOT, l)));
    expect(files.length).toBeGreaterThan(0);
    const violations = files.flatMap((f) =>
      violationsOf(relative(ROOT, f).split(sep).join('/'), readFileSync(f, 'utf8')),
    );
    expect(violations).toEqual([]);
  });

  it('catches each kind of violation', () => {
    expect(
      violationsOf(
        'shared/a.ts',
        "import { x } from '../electron/store';\nimport fs from 'node:fs';\nimport path from 'path';",
      ),
    ).toEqual([
      "shared/a.ts: imports '../electron/store' (shared must not import from electron/)",
      "shared/a.ts: imports 'node:fs' (shared must not import Node built-ins)",
      "shared/a.ts: imports 'path' (shared must not import Node built-ins)",
    ]);
    expect(
      violationsOf('shared/b.ts', "import type { FC } from 'react';\nexport * from '../renderer/x';"),
    ).toHaveLength(2);
    expect(
      violationsOf(
        'renderer/App.tsx',
        "import type { Store } from '../electron/store';\nconst e = require('electron');",
      ),
    ).toEqual([
      "renderer/App.tsx: imports '../electron/store' (renderer must not import from electron/)",
      "renderer/App.tsx: imports 'electron' (renderer must not import electron)",
    ]);
    expect(
      violationsOf(
        'electron/store/x.ts',
        "import { app } from 'electron';\nconst m = await import('../../renderer/main');",
      ),
    ).toHaveLength(2);
    expect(
      violationsOf(
        'electron/main.ts',
        "import { app, BrowserWindow } from 'electron';\nimport { x } from '../shared/api';",
      ),
    ).toEqual([]);
    expect(
      violationsOf(
        'renderer/ok.ts',
        "import { z } from 'zod';\nimport { pickText } from '../shared/model';\nimport 'i18next';",
      ),
    ).toEqual([]);
    expect(
      violationsOf(
        'electron/print/html.tsx',
        "import { StatusSheet } from '../../renderer/sheet/StatusSheet';",
      ),
    ).toEqual([
      "electron/print/html.tsx: imports '../../renderer/sheet/StatusSheet' (electron/ must not import from renderer/)",
    ]);
    expect(
      violationsOf('electron/cli/x.ts', "import type { SheetRenderer } from '../../renderer/sheet/ssr';"),
    ).toHaveLength(1);
    expect(violationsOf('electron/print/x.ts', "import { App } from '../../renderer/app/App';")).toHaveLength(
      1,
    );
    expect(
      violationsOf(
        'renderer/sheet/Ok.tsx',
        "import { renderToStaticMarkup } from 'react-dom/server';\nimport { useTranslation } from 'react-i18next';\nimport type { GroupSheet } from '../../shared/report/groupSheet';\nimport { Printed } from './Printed';",
      ),
    ).toEqual([]);
    expect(
      violationsOf(
        'renderer/sheet/Bad.tsx',
        "import { send } from '../api/client';\nimport { z } from 'zod';",
      ),
    ).toHaveLength(2);
  });
});
