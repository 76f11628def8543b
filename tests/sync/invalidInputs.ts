import type { Method } from '../../shared/api';
import type { syncApi } from '../../shared/api/sync';

/** Inputs the sync methods must refuse before their handlers run (spread into the handlers' table). */
export const SYNC_INVALID: Record<keyof typeof syncApi & Method, unknown[]> = {
  'bundle.export': [{ all: 'yes' }, { programmeId: '2020' }, { out: '/tmp/x.ceabundle' }],
  'bundle.import': [
    {},
    { files: [] },
    { files: [{ name: '../x.ceabundle', bytesBase64: '' }] },
    { files: [{ name: 'a\\b.ceabundle', bytesBase64: '' }] },
    { files: [{ name: 'x.ceabundle', bytesBase64: 'not base64!' }] },
    { paths: ['/etc/passwd'] },
    { files: [{ name: 'x.ceabundle', bytesBase64: '' }], trustNew: 'yes' },
  ],
  'bundle.history': [{ all: true }],
  'bundle.outbox': [{ all: true }],
  'conflicts.list': [{ x: 1 }],
  'conflicts.subjects': [{ x: 1 }],
  'conflicts.resolve': [
    {},
    { conflictId: 'x', chosen: 'latest' },
    { conflictId: '', chosen: '000000000000001-000000-0123456789abcdef' },
  ],
  'review.set': [
    { reportId: 'p1', decision: 'approved', comment: '' },
    { reportId: '', decision: 'accepted', comment: '' },
    { reportId: 'p1', decision: 'accepted', comment: 'x'.repeat(4001) },
  ],
  'intake.get': [{}, { programmeId: '2020-2021', since: 'last week' }],
};
