import type { Command } from '../command';
import { activities } from './activities';
import { groups } from './groups';
import { init } from './init';
import { programmes } from './programmes';

/** Every CLI command. Add yours here: one module per command under electron/cli/commands/. */
export const COMMANDS: readonly Command[] = [init, programmes, groups, activities];
