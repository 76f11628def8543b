import type { Command } from '../command';
import { activities } from './activities';
import { groups } from './groups';
import { init } from './init';
import { programmes } from './programmes';
import { report } from './report';
import { sheet } from './sheet';
import { spreadsheet } from './spreadsheet';

/** Every CLI command. Add yours here: one module per command under electron/cli/commands/. */
export const COMMANDS: readonly Command[] = [init, programmes, groups, activities, sheet, report, spreadsheet];
