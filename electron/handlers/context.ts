import type { Method, Output, ParsedInput } from '../../shared/api';
import type { PdfPrinter } from '../print/printer';
import type { Store } from '../store/store';

/** The part of the store the handlers use; the file store and the in-memory store both provide it. */
export type HandlerStore = Pick<
  Store,
  'file' | 'read' | 'state' | 'update' | 'apply' | 'commit' | 'backup' | 'listBackups' | 'restoreBackup'
>;

/** Everything a handler needs from the world besides the store, injected so tests can fix the date. */
export interface HandlerContext {
  /** Today's date, for overdue flags. */
  today(): Date;
  /** Milliseconds, for ids that sort by time. */
  now(): number;
  /** Random lowercase hex (32 digits), for ids and the installation id. */
  randomHex(): string;
  version: string;
  /** Where unexpected errors go; they reach the renderer only as `errors:internal`. */
  log(message: string, error: unknown): void;
  /** How sheets become PDF: the desktop app passes Electron's own printer; absent, a local Chromium prints. */
  printPdf?: PdfPrinter;
}

export type Handler<M extends Method> = (input: ParsedInput<M>) => Promise<Output<M>>;

/** A feature's handlers: exactly one per method of its table. */
export type HandlersFor<T> = { [M in keyof T & Method]: Handler<M> };

/** Ids that sort by creation time (so equal report dates still list newest first) and never collide. */
export function newId(ctx: HandlerContext, prefix: string): string {
  return `${prefix}-${ctx.now().toString(36).padStart(9, '0')}-${ctx.randomHex().slice(0, 12)}`;
}
