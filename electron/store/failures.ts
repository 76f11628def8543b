import { AppFailure } from '../../shared/errors';
import { errnoOf } from './fsApi';

/** Turns a file-system error into the message a user can act on: free space, fix permissions, or retry. */
export function ioFailure(e: unknown, file: string): AppFailure {
  if (e instanceof AppFailure) return e;
  const errno = errnoOf(e) ?? 'UNKNOWN';
  const details = { file, errno };
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure({ code: 'store-disk-full', i18nKey: 'store:disk-full', details });
    case 'EPERM':
    case 'EACCES':
    case 'EROFS':
    case 'EBUSY':
      return new AppFailure({ code: 'store-permission-denied', i18nKey: 'store:permission-denied', details });
    default:
      return new AppFailure({ code: 'store-io-error', i18nKey: 'store:io-error', details });
  }
}

/** An error raised by code run inside an update: kept if it is already an AppFailure, wrapped otherwise. */
export function updateFailure(e: unknown): AppFailure {
  if (e instanceof AppFailure) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new AppFailure({
    code: 'store-update-failed',
    i18nKey: 'store:update-failed',
    details: { message },
  });
}
