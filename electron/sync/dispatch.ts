import type { Input, Method, Output } from '../../shared/api';
import { AppFailure } from '../../shared/errors';
import { createDispatch, createHandlers, type HandlerStore } from '../handlers';
import { defaultContext } from '../handlers/defaultContext';

/**
 * Calls a contract method the way the renderer does (input parsed, same handler), for CLI commands
 * that do what a screen does: one code path, so the CLI and the app cannot drift apart.
 */
export async function callMethod<M extends Method>(
  store: HandlerStore,
  now: () => number,
  method: M,
  input: Input<M>,
): Promise<Output<M>> {
  const ctx = { ...defaultContext('cli'), now, today: () => new Date(now()) };
  const result = await createDispatch(createHandlers(store, ctx), ctx)(method, input);
  if (!result.ok) throw new AppFailure(result.error);
  return result.data as Output<M>;
}
