import { z } from 'zod';
import type { Month } from '../model/dates';
import type { Localized } from '../model/text';

/** Methods that take nothing still take an (empty) object, so every call has the same shape on the wire. */
export const NoInput = z.object({}).strict();

/**
 * One contract entry: the zod schema that every input is parsed with before a handler runs, and the
 * output type. `output` exists only for the type checker; its runtime value is never read.
 */
export interface Endpoint<I extends z.ZodType, O> {
  input: I;
  output: O;
}

export function endpoint<O>() {
  return <I extends z.ZodType>(input: I): Endpoint<I, O> => ({ input, output: undefined as unknown as O });
}

/** What the renderer needs to show a programme's identity without its groups. */
export interface ProgrammeHeader {
  id: string;
  title: Localized;
  symbol: string;
  start: Month;
  end: Month;
}

/** What the current identity may do on the screen it asked for; the handlers enforce the same rules. */
export interface Permissions {
  report: boolean;
  budget: boolean;
  editPlan: boolean;
  /** Record meetings, workshops and seminars (scoped like progress reports). */
  meetings: boolean;
}
