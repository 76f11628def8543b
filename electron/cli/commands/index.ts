import type { Command } from '../command';
import { activities } from './activities';
import { backups, restore } from './backups';
import { groups } from './groups';
import { init } from './init';
import { programme } from './programme';
import { programmes } from './programmes';
import { report } from './report';
import { sheet } from './sheet';
import { spreadsheet } from './spreadsheet';
import { progress } from './progress';
import { budget } from './budget';
import { exportCommand } from './export';
import { importCommand } from './import';
import { verify } from './verify';
import { state } from './state';
import { conflicts } from './conflicts';
import { quarantine } from './quarantine';

/** Every CLI command. Add yours here: one module per command under electron/cli/commands/. */
export const COMMANDS: readonly Command[] = [
  init,
  programmes,
  programme,
  groups,
  activities,
  sheet,
  report,
  spreadsheet,
  progress,
  budget,
  exportCommand,
  importCommand,
  verify,
  state,
  conflicts,
  quarantine,
  backups,
  restore,
];
