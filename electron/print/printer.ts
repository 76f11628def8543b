import type { Paper } from '../../shared/report/paper';
import { findChromium, htmlToPdfBuffer } from './chromium';

/**
 * Turns a standalone HTML document into PDF bytes. The entry point chooses one: the desktop app prints
 * with Electron's own Chromium (NSO computers often have no browser to spare), browser mode and the
 * CLI with a locally installed Chromium. `paper` is what the document's @page rule already asks for;
 * a printer that cannot honour CSS page sizes falls back to it.
 */
export type PdfPrinter = (html: string, paper: Paper) => Promise<Buffer>;

/** Prints with the Chromium found on this machine; `env` is where CEA_CHROMIUM is read. */
export function localChromiumPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  return (html) => htmlToPdfBuffer(html, findChromium(process.platform, env));
}
