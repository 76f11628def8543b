import { describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/model/ops';
import { scopeViolations, type Signer } from '../../shared/sync/scope';
import { edit, makeSite, sampleProgramme } from './fixtures';

const programmes = [sampleProgramme()];
const context = (localOps: Operation[] = []) => ({ programme: '2020-2021', programmes, localOps });

function signerOf(site: ReturnType<typeof makeSite>, role: Signer['role'], groups: string[]): Signer {
  return { role, country: site.author.country, groups, installation: site.site };
}

const report = (country: string, activity = '2020-2021/I/1') => ({
  activity,
  objective: null,
  country,
  percent: 10,
  status: 'in-progress',
});

describe('scope', () => {
  it('lets a focal point carry progress and budget of its country in its groups', () => {
    const mex = makeSite(1, { country: 'MEX' });
    const ops = [
      edit(mex, { entity: 'progress', key: 'p1', fields: report('MEX') }, 1),
      edit(
        mex,
        { entity: 'budget', key: 'b1', fields: { group: '2020-2021/I', country: 'MEX', amount: 10 } },
        2,
      ),
    ];
    expect(scopeViolations(signerOf(mex, 'focal-point', ['2020-2021/I']), ops, context())).toEqual([]);
  });

  it('refuses another country, a group the country is not in, the plan, reviews and other installations’ edits', () => {
    const mex = makeSite(1, { country: 'MEX' });
    const col = makeSite(2, { country: 'COL' });
    const signer = signerOf(mex, 'focal-point', ['2020-2021/I', '2020-2021/II']);
    const foreign = edit(col, { entity: 'progress', key: 'p9', fields: report('COL') }, 1);
    const ops = [
      edit(mex, { entity: 'progress', key: 'p1', fields: report('COL') }, 1),
      edit(mex, { entity: 'budget', key: 'b1', fields: { group: '2020-2021/III', country: 'MEX' } }, 2),
      edit(mex, { entity: 'activity', key: '2020-2021/I/1', fields: { plannedStart: null } }, 3),
      edit(mex, { entity: 'review', key: 'p2', fields: { decision: 'accepted' } }, 4),
      edit(mex, { entity: 'progress', key: 'p2', fields: report('MEX') }, 5),
      { ...foreign, fields: { ...foreign.fields, country: 'MEX' } },
      edit(mex, { entity: 'progress', key: 'p3', fields: report('MEX', '2019-2020/I/1') }, 6),
    ];
    // Group II: MEX coordinates it, but as a focal point it cannot review. Review of p2 (group I): not coordinator.
    expect(scopeViolations(signer, ops, context()).map((v) => v.reason)).toEqual([
      'other-country',
      'unknown-group',
      'not-coordinator',
      'not-coordinator',
      'foreign-installation',
      'other-programme',
    ]);
  });

  it('refuses moving a report the importer holds for another country into the signer’s', () => {
    const col = makeSite(2, { country: 'COL' });
    const held = edit(col, { entity: 'progress', key: 'p1', fields: report('COL') }, 1);
    const mex = makeSite(1, { country: 'MEX' });
    const takeover = edit(mex, { entity: 'progress', key: 'p1', fields: { country: 'MEX', percent: 0 } }, 5);
    expect(
      scopeViolations(signerOf(mex, 'focal-point', ['2020-2021/I']), [takeover], context([held])),
    ).toEqual([{ hlc: takeover.hlc, entity: 'progress', key: 'p1', reason: 'other-country' }]);
  });

  it('lets a coordinator edit its group’s plan and review its reports, but not another group’s', () => {
    const col = makeSite(2, { country: 'COL', role: 'coordinator' });
    const mex = makeSite(1, { country: 'MEX' });
    const held = edit(mex, { entity: 'progress', key: 'p1', fields: report('MEX') }, 1);
    const signer = signerOf(col, 'coordinator', ['2020-2021/I']);
    const ok = [
      edit(
        col,
        {
          entity: 'activity',
          key: '2020-2021/I/2',
          fields: { plannedEnd: { month: '2021-06', words: null } },
        },
        2,
      ),
      edit(col, { entity: 'contribution', key: '2020-2021/I/c1', fields: { amount: 1000 } }, 3),
      edit(col, { entity: 'review', key: 'p1', fields: { decision: 'returned', comment: 'evidence?' } }, 4),
    ];
    expect(scopeViolations(signer, ok, context([held]))).toEqual([]);
    const other = edit(col, { entity: 'activity', key: '2020-2021/II/1', fields: { text: null } }, 5);
    expect(scopeViolations(signer, [other], context([held])).map((v) => v.reason)).toEqual([
      'not-coordinator',
    ]);
  });

  it('lets the secretariat carry anything of the programme, from any installation, but not another programme', () => {
    const sec = makeSite(9, { country: null, role: 'secretariat' });
    const mex = makeSite(1, { country: 'MEX' });
    const ops = [
      edit(mex, { entity: 'progress', key: 'p1', fields: report('MEX') }, 1),
      edit(sec, { entity: 'activity', key: '2020-2021/II/1', fields: { text: null } }, 2),
      edit(sec, { entity: 'activity', key: '2012-2013/MDG/1', fields: { text: null } }, 3),
    ];
    expect(scopeViolations(signerOf(sec, 'secretariat', []), ops, context()).map((v) => v.reason)).toEqual([
      'other-programme',
    ]);
  });
});

describe('scope where a group lists no members', () => {
  it('takes the signer’s declared membership, but still not another country', () => {
    const uru = makeSite(3, { country: 'URY' });
    const ops = [edit(uru, { entity: 'progress', key: 'p1', fields: report('URY', '2020-2021/II/1') }, 1)];
    expect(scopeViolations(signerOf(uru, 'focal-point', ['2020-2021/II']), ops, context())).toEqual([]);
    expect(scopeViolations(signerOf(uru, 'focal-point', []), ops, context()).map((v) => v.reason)).toEqual([
      'not-member',
    ]);
  });
});
