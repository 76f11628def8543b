import type { Input, Method, Output } from '../../shared/api';
import { AppFailure } from '../../shared/errors';
import { createDispatch, createHandlers, type HandlerStore } from '../handlers';
import { defaultContext } from '../handlers/defaultContext';

/**
 * Calls a contract method the way the renderer does (input parsed, same handler): every CLI write
 * goes through here, so the CLI and the app cannot drift apart. A refusal is thrown as the handler's
 * own error value, which the CLI prints in the user's language.
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
