import { AppFailure } from '../errors';
import type { Result } from '../errors';
import type { Input, Method, Output } from './index';

/** Moves one call to the main process (IPC or HTTP) and brings back its Result; never throws. */
export type Transport = (method: Method, input: unknown) => Promise<Result<unknown>>;

export interface ApiClient {
  /** The output, or throws AppFailure carrying the error value. */
  send<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** `{ ok, data }` or `{ ok: false, error }`, for forms that show errors field by field. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
}

export function createClient(transport: Transport): ApiClient {
  // The transport is untyped on the wire; the contract is what makes this cast honest.
  const call = <M extends Method>(method: M, input: Input<M>) =>
    transport(method, input) as Promise<Result<Output<M>>>;
  return {
    call,
    async send(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new AppFailure(result.error);
      return result.data;
    },
  };
}
