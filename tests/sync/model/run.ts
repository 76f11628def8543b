import { DEFAULT_LIMITS } from '../../../electron/bundle/limits';
import { readZip } from '../../../electron/bundle/zip';
import { openMemoryStore } from '../../../electron/store';
import type { Input, Method } from '../../../shared/api';
import type { AppError } from '../../../shared/errors';
import type { Database } from '../../../shared/model';
import type { Operation } from '../../../shared/model/ops';
import { STATUSES } from '../../../shared/model/records';
import { fieldsOfValue, unitOf } from '../../../shared/sync/conflicts';
import { fold, recordOf } from '../../../shared/sync/fold';
import { MAX_FUTURE_MS, wallOf } from '../../../shared/sync/hlc';
import { stateHash } from '../../../shared/sync/state';
import { ATTACKS, VALID, Hostile, type Crafted } from './attacks';
import type { Cmd } from './commands';
import { Model, bodyOf, contentOf, violation, type SentBundle } from './model';
import { CAST, COORDINATOR, Installation, PROGRAMME, SECRETARIATS, World, dispatcher, seed } from './world';

export const ATTACK_NAMES = Object.keys(ATTACKS);
export const VALID_NAMES = Object.keys(VALID);

export interface RunOptions {
  /** Which member of the cast keeps its database in a real file (and may be killed), if any. */
  onDisk: number | null;
  /** End with every installation sending everything to a secretariat and taking back its consolidated bundle. */
  drain: boolean;
  /** Whether a secretariat's conflict list must name every disagreement it holds (on unless told otherwise). */
  conflictsComplete?: boolean;
}

const DAY = '2020-10-15';
const SECRETARIAT_GROUPS = ['I', 'VII', 'VIII', 'XI'].map((g) => `${PROGRAMME}/${g}`);
const COORDINATED = ['VII', 'VIII'].map((g) => `${PROGRAMME}/${g}`);
const COUNTRIES = ['ARG', 'BRA', 'URY', 'COL'];
const MAX_OFFSET = 12 * 60 * 60 * 1000;

const isSecretariat = (i: number) => (SECRETARIATS as readonly number[]).includes(i);
const planners = [COORDINATOR, ...SECRETARIATS];
const describeError = (e: AppError) =>
  `${e.code}${e.details ? ` ${JSON.stringify(e.details).slice(0, 300)}` : ''}`;

function activitiesOf(groups: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of seed().programmes)
    for (const g of p.groups) if (groups.includes(g.id)) for (const a of g.activities) out.push(a.id);
  return out;
}

function month(n: number): string {
  return `${2020 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

const slot = (entity: string, key: string) => `${entity}|${key}`;

/** The operations a bundle the cast made carries, read without checking its signature again (the importers do that). */
function opsOf(base64: string): Operation[] {
  const ops = readZip(new Uint8Array(Buffer.from(base64, 'base64')), DEFAULT_LIMITS).entries.get('ops.json')!;
  return JSON.parse(new TextDecoder().decode(ops)) as Operation[];
}

/** One run of the model: six honest installations, the hostile one, and the reference model beside them. */
export class Run {
  readonly world = new World();
  readonly cast: Installation[];
  readonly model = new Model(CAST.length);
  readonly hostile: Hostile;
  private hostileMs = 0;
  private readonly trusts: boolean[] = CAST.map(() => false);
  private intro: Crafted | null = null;
  private bundles = 0;
  /** Counters of what happened, for the report of a long run. */
  readonly stats: Record<string, number> = {};

  constructor(readonly opts: RunOptions) {
    this.cast = CAST.map((m, i) => new Installation(m, i, this.world, opts.onDisk === i));
    this.hostile = new Hostile(() => this.world.t + ++this.hostileMs);
  }

  count(what: string): void {
    this.stats[what] = (this.stats[what] ?? 0) + 1;
  }

  async open(): Promise<void> {
    for (const inst of this.cast) await inst.open();
    for (let i = 0; i < this.cast.length; i++) this.model.remember(i);
  }

  async dispose(): Promise<void> {
    for (const inst of this.cast) await inst.dispose();
  }

  async step(cmd: Cmd, n: number): Promise<void> {
    this.world.tick();
    const touched = await this.exec(cmd, `step ${n + 1}`);
    for (const i of touched) this.reconcileRestamps(i, `step ${n + 1}`);
    this.checkHeld();
    for (const i of touched) {
      this.checkWinners(i, `step ${n + 1}`);
      this.model.remember(i);
    }
    this.checkConvergence(`step ${n + 1}`);
  }

  /** Runs one command; returns the installations whose state it changed. */
  private async exec(cmd: Cmd, step: string, mayDie = false): Promise<number[]> {
    switch (cmd.t) {
      case 'report':
      case 'budget':
      case 'unbudget':
      case 'review':
      case 'plan':
      case 'contrib':
      case 'uncontrib':
        return this.save(cmd, step, mayDie);
      case 'resolve': {
        // A secretariat with conflicts to settle, if either has some; each checks its list either way.
        const counts = await Promise.all(
          SECRETARIATS.map(async (i) => {
            const l = await this.cast[i]!.call('conflicts.list', {});
            return l.ok ? l.data.length : 0;
          }),
        );
        const able = SECRETARIATS.filter((_, k) => counts[k]! > 0);
        const pool = able.length > 0 ? able : SECRETARIATS;
        return this.resolve(pool[cmd.who % pool.length]!, cmd.pick, cmd.side, step);
      }
      case 'export':
        return this.exportOf(cmd.who % this.cast.length, cmd.all, step, mayDie);
      case 'import': {
        const who = cmd.who % this.cast.length;
        if (this.model.mailbox.length === 0) return [];
        const files = cmd.picks.map((p) => this.model.mailbox[p % this.model.mailbox.length]!);
        await this.importHonest(
          who,
          files,
          `${step}: ${CAST[who]!.label} imports ${files.map((f) => f.name).join(', ')}`,
          mayDie,
        );
        // What honest installations made cannot stop one from saving unless the hostile's changes travel with it.
        if (!mayDie && files.some((f) => f.carried.some((h) => this.model.edits.get(h)?.author === -1)))
          await this.probe(who, step);
        return [who];
      }
      case 'restore':
        return this.restore(cmd.who, cmd.pick, step);
      case 'clock': {
        const inst = this.cast[cmd.who % this.cast.length]!;
        inst.offset = Math.max(-MAX_OFFSET, Math.min(MAX_OFFSET, inst.offset + cmd.minutes * 60_000));
        return [];
      }
      case 'jump': {
        const inst = this.cast[cmd.who % this.cast.length]!;
        inst.ahead = cmd.days * 24 * 60 * 60 * 1000;
        return [];
      }
      case 'kill':
        return this.kill(cmd, step);
      case 'attack':
      case 'hostile':
        return this.fromHostile(cmd, step);
    }
  }

  // ---- local saves ---------------------------------------------------------------------------

  private async save(cmd: Extract<Cmd, { who: number }>, step: string, mayDie: boolean): Promise<number[]> {
    const plan = this.planSave(cmd);
    if (!plan) return [];
    const { who, method, input, what } = plan;
    const inst = this.cast[who]!;
    const label = `${step}: ${CAST[who]!.label} ${what}`;
    const before = new Set(inst.store.read().ops.map((op) => op.hlc));
    const r = await inst.call(method, input as never);
    if (!r.ok) {
      if (mayDie && inst.fs?.dead) return [who];
      violation(
        `${label}: the save was refused (${describeError(r.error)}); a valid change within the user's role must always save`,
      );
    }
    this.count(`save ${method}`);
    // A save first stamps again what was saved while the clock ran ahead.
    this.reconcileRestamps(who, label);
    const knows = this.model.knows[who]!;
    const added = inst.store.read().ops.filter((op) => !before.has(op.hlc) && !knows.has(op.hlc));
    if (added.length === 0)
      violation(`${label}: the save was acknowledged but the installation holds no new change`);
    for (const op of added)
      if (op.site !== inst.member.identity.installation)
        violation(`${label}: the save stamped a change as installation ${op.site}`);
    this.model.saved(who, added, label);
    return [who];
  }

  private planSave(cmd: Cmd): { who: number; method: Method; input: unknown; what: string } | null {
    const n = this.cast.length;
    switch (cmd.t) {
      case 'report': {
        const who = cmd.who % n;
        const id = CAST[who]!.identity;
        const acts = activitiesOf(isSecretariat(who) ? SECRETARIAT_GROUPS : id.groups);
        const activityId = acts[cmd.act % acts.length]!;
        const status = cmd.percent === 0 ? 'not-started' : cmd.percent === 100 ? 'completed' : 'in-progress';
        const input: Input<'progress.save'> = {
          activityId,
          status,
          percent: cmd.percent,
          actualStart: status === 'not-started' ? null : '2020-03',
          actualEnd: status === 'completed' ? '2020-09' : null,
          done: `${id.name}: ${cmd.percent}% of ${activityId}`,
          obstacles: '',
          nextSteps: '',
          evidence: [],
          reportDate: DAY,
          ...(isSecretariat(who) ? { country: COUNTRIES[cmd.percent % COUNTRIES.length]! } : {}),
        };
        return { who, method: 'progress.save', input, what: `reports ${cmd.percent}% on ${activityId}` };
      }
      case 'budget': {
        const who = cmd.who % n;
        const groups = isSecretariat(who) ? SECRETARIAT_GROUPS : CAST[who]!.identity.groups;
        const groupId = groups[cmd.grp % groups.length]!;
        const acts = activitiesOf([groupId]);
        const input: Input<'budget.add'> = {
          groupId,
          activityId: cmd.act === null ? null : acts[cmd.act % acts.length]!,
          kind: (['commitment', 'expenditure', 'in-kind'] as const)[cmd.cents % 3]!,
          source: 'National office',
          institution: null,
          amount: cmd.cents / 100,
          currency: 'USD',
          purpose: '',
          date: DAY,
          ...(isSecretariat(who) ? { country: COUNTRIES[cmd.cents % COUNTRIES.length]! } : {}),
        };
        return {
          who,
          method: 'budget.add',
          input,
          what: `adds a budget entry of ${input.amount} to ${groupId}`,
        };
      }
      case 'unbudget': {
        // Among those who hold an entry they may remove: removals are rare enough as it is.
        const removable = (who: number) => {
          const id = CAST[who]!.identity;
          const groups = isSecretariat(who) ? SECRETARIAT_GROUPS : id.groups;
          return this.records(who, 'budget').filter(
            ([, r]) =>
              groups.includes(String(r['group'])) && (isSecretariat(who) || r['country'] === id.country),
          );
        };
        const able = this.cast.map((_, i) => i).filter((i) => removable(i).length > 0);
        if (able.length === 0) return null;
        const who = able[cmd.who % able.length]!;
        const entries = removable(who);
        const entry = entries[cmd.pick % entries.length]!;
        return {
          who,
          method: 'budget.remove',
          input: { entryId: entry[0] },
          what: `removes budget entry ${entry[0]}`,
        };
      }
      case 'review': {
        const reviewable = (who: number) =>
          this.records(who, 'progress').filter(
            ([, r]) =>
              isSecretariat(who) || COORDINATED.some((g) => String(r['activity']).startsWith(`${g}/`)),
          );
        const able = planners.filter((i) => reviewable(i).length > 0);
        if (able.length === 0) return null;
        const who = able[cmd.who % able.length]!;
        const reports = reviewable(who);
        const report = reports[cmd.pick % reports.length]!;
        const decision = cmd.accept ? 'accepted' : 'returned';
        return {
          who,
          method: 'review.set',
          input: { reportId: report[0], decision, comment: cmd.comment },
          what: `${decision} report ${report[0]}`,
        };
      }
      case 'plan': {
        const who = planners[cmd.who % planners.length]!;
        // The secretariat keeps the same groups' plans as the coordinator, so that their edits meet in conflicts.
        const acts = activitiesOf(COORDINATED);
        const activityId = acts[cmd.act % acts.length]!;
        const input: Input<'plan.update'> = {
          activityId,
          plannedStart: month(cmd.start),
          plannedEnd: cmd.months === null ? null : month(Math.min(23, cmd.start + cmd.months)),
          decision: cmd.decision === null ? null : STATUSES[cmd.decision % STATUSES.length]!,
        };
        return {
          who,
          method: 'plan.update',
          input,
          what: `reschedules ${activityId} to ${input.plannedStart}`,
        };
      }
      case 'contrib':
      case 'uncontrib': {
        const who = planners[cmd.who % planners.length]!;
        const groupId = `${PROGRAMME}/VII`;
        const lines = this.records(who, 'contribution').filter(([k]) => k.startsWith(`${groupId}|`));
        if (cmd.t === 'uncontrib') {
          const line = lines[cmd.pick % Math.max(1, lines.length)];
          if (!line) return null;
          const contributionId = line[0].slice(groupId.length + 1);
          return {
            who,
            method: 'contribution.remove',
            input: { groupId, contributionId },
            what: `removes contribution ${contributionId}`,
          };
        }
        const line = cmd.pick === null ? undefined : lines[cmd.pick % Math.max(1, lines.length)];
        const input: Input<'contribution.save'> = {
          groupId,
          ...(line ? { contributionId: line[0].slice(groupId.length + 1) } : {}),
          source: 'ECLAC',
          institution: null,
          amount: cmd.amount,
          currency: 'USD',
          form: 'monetary',
          purpose: 'Workshop',
        };
        return {
          who,
          method: 'contribution.save',
          input,
          what: `${line ? 'changes' : 'adds'} a planned contribution of ${cmd.amount}`,
        };
      }
      default:
        return null;
    }
  }

  /** The live records of an entity as `who` holds them, in key order. */
  private records(who: number, entity: Operation['entity']): [string, Record<string, unknown>][] {
    const out: [string, Record<string, unknown>][] = [];
    for (const [key, fields] of fold(this.cast[who]!.store.read().ops)[entity]) {
      const r = recordOf(fields);
      if (r) out.push([key, r]);
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /**
   * Conflicts are about what people decided last: every value a conflict lists is one nobody had seen
   * replaced when saving theirs, the winner is what the record shows, and a settled conflict is gone.
   */
  private async resolve(who: number, pick: number, side: number, step: string): Promise<number[]> {
    const inst = this.cast[who]!;
    const label = `${step}: ${CAST[who]!.label} settles a conflict`;
    const listed = await inst.call('conflicts.list', {});
    if (!listed.ok) violation(`${label}: the conflicts cannot be listed (${describeError(listed.error)})`);
    const knows = this.model.knows[who]!;
    const folded = fold(inst.store.read().ops);
    for (const c of listed.data) {
      for (const field of fieldsOfValue(c.entity, c.field, c.winner.value)) {
        const shown = folded[c.entity].get(c.key)?.get(field)?.hlc;
        if (shown !== c.winner.hlc)
          violation(
            `${label}: conflict ${c.id} names ${c.winner.hlc} as the value kept, but its ${field} shows ${shown}`,
          );
      }
      for (const candidate of [c.winner, ...c.losers]) {
        if (!knows.has(candidate.hlc))
          violation(
            `${label}: conflict ${c.id} lists change ${candidate.hlc} that the installation does not hold`,
          );
        for (const h of knows) {
          const e = this.model.edits.get(h)!;
          if (
            e.entity === c.entity &&
            e.key === c.key &&
            e.fields.some((f) => unitOf(e.entity, f) === c.field) &&
            e.seen.has(candidate.hlc)
          ) {
            violation(
              `${label}: conflict ${c.id} compares ${candidate.hlc}, which ${this.describe(h)} had already replaced`,
            );
          }
        }
      }
    }
    if (this.opts.conflictsComplete !== false) this.checkConflictsListed(who, listed.data, label);
    this.count(listed.data.length > 0 ? 'conflicts listed' : 'no conflict to settle');
    const conflict = listed.data[pick % Math.max(1, listed.data.length)];
    if (!conflict) return [];
    const candidates = [conflict.winner, ...conflict.losers];
    const chosen = candidates[side % candidates.length]!;
    const before = new Set(inst.store.read().ops.map((op) => op.hlc));
    const r = await inst.call('conflicts.resolve', { conflictId: conflict.id, chosen: chosen.hlc });
    if (!r.ok)
      violation(`${label}: settling conflict ${conflict.id} was refused (${describeError(r.error)})`);
    this.count('conflict settled');
    this.model.saved(
      who,
      inst.store.read().ops.filter((op) => !before.has(op.hlc)),
      label,
    );
    const again = await inst.call('conflicts.list', {});
    if (again.ok && again.data.some((c) => c.id === conflict.id))
      violation(`${label}: conflict ${conflict.id} is still listed after it was settled`);
    return [who];
  }

  /**
   * Two people's latest values of one field, made without seeing each other, that differ: a conflict of
   * that record must be listed (whichever unit the product groups the field in).
   */
  private checkConflictsListed(
    who: number,
    listed: readonly { entity: string; key: string }[],
    label: string,
  ): void {
    const byField = new Map<string, string[]>();
    for (const h of this.model.knows[who]!) {
      const e = this.model.edits.get(h)!;
      if (e.author === -1) continue;
      for (const f of e.fields) {
        const k = `${e.entity}|${e.key}|${f}`;
        const list = byField.get(k);
        if (list) list.push(h);
        else byField.set(k, [h]);
      }
    }
    const records = new Set(listed.map((c) => `${c.entity}|${c.key}`));
    for (const [k, hs] of byField) {
      const field = k.slice(k.lastIndexOf('|') + 1);
      const heads = hs.filter((h) => !hs.some((o) => o !== h && this.model.edits.get(o)!.seen.has(h)));
      const latest = new Map<number, string>();
      for (const h of heads) latest.set(this.model.edits.get(h)!.author, h);
      const values = new Set(heads.map((h) => this.model.edits.get(h)!.values[field]));
      const record = k.slice(0, k.lastIndexOf('|'));
      if (latest.size >= 2 && values.size >= 2 && !records.has(record)) {
        const [a, b] = heads;
        violation(
          `${label}: ${this.describe(a!)} and ${this.describe(b!)} set ${field} differently without seeing each other, yet no conflict of ${record} is listed`,
        );
      }
    }
  }

  // ---- bundles ------------------------------------------------------------------------------

  private async exportOf(who: number, all: boolean, step: string, mayDie = false): Promise<number[]> {
    const inst = this.cast[who]!;
    const label = `${step}: ${CAST[who]!.label} exports ${all ? 'everything' : 'its changes'}`;
    const r = await inst.call('bundle.export', { all });
    const own = isSecretariat(who) ? () => true : (e: { author: number }) => e.author === who;
    if (!r.ok) {
      if (mayDie && inst.fs?.dead) return [who];
      // "Nothing new to send" instead of an empty bundle, which is right only when the model agrees.
      if (!all && r.error.code === 'bundle-nothing-new') {
        const owed = [...this.model.required(who, own, false)];
        if (owed.length === 0) return [who];
        violation(
          `${label}: the export said there was nothing new to send, yet ${owed.length} change(s) no earlier bundle carried are waiting`,
        );
      }
      violation(
        `${label}: the export was refused (${describeError(r.error)}); every installation must be able to export what it saved`,
      );
    }
    this.count('export');
    this.reconcileRestamps(who, label);
    const ops = opsOf(r.data.base64);
    const carried = ops.map((op) => op.hlc);
    const knows = this.model.knows[who]!;
    for (const op of ops) {
      if (!knows.has(op.hlc))
        violation(
          `${label}: the bundle carries change ${op.hlc} (${op.entity} ${op.key}) that the installation does not hold`,
        );
    }
    const set = new Set(carried);
    for (const h of this.model.required(who, own, all)) {
      if (!set.has(h)) {
        const e = this.model.edits.get(h)!;
        violation(
          `${label}: the bundle leaves out change ${h} (${e.entity} ${e.key}: ${e.fields.join(', ')}) that no earlier bundle of this installation carried`,
        );
      }
    }
    for (const h of carried) this.model.carried[who]!.add(h);
    this.model.mailbox.push({
      name: `${CAST[who]!.label}#${++this.bundles}(seq ${r.data.seq})`,
      base64: r.data.base64,
      from: who,
      carried,
      seq: r.data.seq,
    });
    return [who];
  }

  /** The state an import must leave untouched when it is refused. */
  private async snapshot(
    who: number,
  ): Promise<{ text: string; disk: string | null; db: Readonly<Database> }> {
    const inst = this.cast[who]!;
    const db = inst.store.read();
    return {
      text: JSON.stringify([db.identity, db.clock, db.sync, db.ops.map(bodyOf)]),
      disk: await inst.diskText(),
      db,
    };
  }

  private async unchanged(
    who: number,
    before: { text: string; disk: string | null; db: Readonly<Database> },
    label: string,
  ): Promise<void> {
    const after = await this.snapshot(who);
    if (after.text !== before.text) violation(`${label}: the import was refused, yet the database changed`);
    if (after.disk !== before.disk)
      violation(`${label}: the import was refused, yet the database file changed`);
    if (
      after.db.programmes !== before.db.programmes &&
      JSON.stringify(after.db.programmes) !== JSON.stringify(before.db.programmes)
    ) {
      violation(`${label}: the import was refused, yet the programmes changed`);
    }
  }

  /** Why an honest import may be refused: every file already taken, or a change of a record the importer cannot place yet. */
  private allowedRefusal(
    who: number,
    files: readonly { from: number; ops: readonly Operation[]; id: string }[],
    error: AppError,
  ): string | null {
    // A laptop whose clock ran ahead: what it stamped then is refused until it stamps it again.
    if (error.code === 'bundle-future-clock') {
      const limit = this.cast[who]!.now() + MAX_FUTURE_MS;
      if (files.some((f) => f.ops.some((op) => wallOf(op.hlc) > limit))) return 'future-clock';
    }
    if (
      error.code === 'bundle-replay' &&
      files.every((f) => f.ops.every((op) => this.model.knows[who]!.has(op.hlc)))
    )
      return 'replay';
    if (error.code === 'bundle-out-of-scope' && error.details?.['reason'] === 'unlocated') {
      const known = new Set(this.cast[who]!.store.read().ops.map((op) => slot(op.entity, op.key)));
      for (const f of files) {
        const located = f.from === -1 || !isSecretariat(f.from);
        if (located) {
          for (const op of f.ops) {
            const placing = op.entity === 'review' ? slot('progress', op.key) : slot(op.entity, op.key);
            if (
              (op.entity === 'review' || !('country' in op.fields)) &&
              op.entity !== 'activity' &&
              op.entity !== 'contribution' &&
              !known.has(placing)
            )
              return 'unlocated';
          }
        }
        for (const op of f.ops) known.add(slot(op.entity, op.key));
      }
    }
    return null;
  }

  private async importHonest(
    who: number,
    files: readonly SentBundle[],
    label: string,
    mayDie = false,
  ): Promise<boolean> {
    const inst = this.cast[who]!;
    const before = await this.snapshot(who);
    const r = await inst.call('bundle.import', {
      files: files.map((f) => ({
        name: `${f.name.replace(/[^A-Za-z0-9.-]/g, '_')}.ceabundle`,
        bytesBase64: f.base64,
      })),
      trustNew: true,
    });
    if (!r.ok) {
      if (mayDie && inst.fs?.dead) return false;
      await this.unchanged(who, before, label);
      const read = files.map((f) => ({ from: f.from, id: f.base64, ops: opsOf(f.base64) }));
      const why = this.allowedRefusal(who, read, r.error);
      if (why === null)
        violation(
          `${label}: the import was refused (${describeError(r.error)}), though every file is a valid bundle of a trusted installation`,
        );
      this.count(`honest import refused: ${why}`);
      return false;
    }
    this.count('import');
    for (const f of files) {
      this.checkNoRewrite(who, f.carried, label);
      this.model.received(who, f.carried);
      this.model.accepted[who]!.add(f.base64);
      if (f.from === -1) this.trusts[who] = true;
    }
    return true;
  }

  /** An accepted bundle may not replace what the installation held under a stamp. */
  private checkNoRewrite(who: number, carried: readonly string[], label: string): void {
    const held = new Map(this.cast[who]!.store.read().ops.map((op) => [op.hlc, op]));
    for (const h of carried) {
      const e = this.model.edits.get(h);
      const op = held.get(h);
      if (e && op && bodyOf(op) !== e.body)
        violation(
          `${label}: change ${h} (${e.entity} ${e.key}) was rewritten by the import: a held change must never change`,
        );
    }
  }

  // ---- the hostile installation -------------------------------------------------------------

  private async ensureTrusted(who: number, step: string): Promise<void> {
    if (this.trusts[who]) return;
    if (!this.intro) {
      this.intro = this.hostile.valid('intro', [this.hostile.report()]);
      for (const op of this.intro.ops)
        this.model.learn(op, -1, new Set(), `${step}: the hostile installation's first bundle`);
      this.model.mailbox.push(this.sent(this.intro));
    }
    await this.importHonest(
      who,
      [this.sent(this.intro)],
      `${step}: ${CAST[who]!.label} imports the hostile installation's first bundle`,
    );
    this.trusts[who] = true;
  }

  private sent(c: Crafted): SentBundle {
    return {
      name: c.name.replace(/\.ceabundle$/, ''),
      base64: Buffer.from(c.bytes).toString('base64'),
      from: -1,
      carried: c.ops.map((op) => op.hlc),
      seq: 0,
    };
  }

  private async fromHostile(cmd: Extract<Cmd, { t: 'attack' | 'hostile' }>, step: string): Promise<number[]> {
    const who = cmd.who % this.cast.length;
    const inst = this.cast[who]!;
    await this.ensureTrusted(who, step);
    const target = { ops: inst.store.read().ops, now: inst.now() };
    const name = cmd.kind;
    const build = (cmd.t === 'attack' ? ATTACKS : VALID)[name];
    if (!build) throw new Error(`no ${cmd.t} named ${name}`);
    const crafted = build(this.hostile, target, cmd.v);
    const honest =
      cmd.t === 'attack' && this.model.mailbox.length > 0
        ? cmd.picks.map((p) => this.model.mailbox[p % this.model.mailbox.length]!)
        : [];
    const label = `${step}: ${CAST[who]!.label} imports the hostile bundle "${name}"${honest.length ? ` with ${honest.map((f) => f.name).join(', ')}` : ''}`;
    const before = await this.snapshot(who);
    const files = [
      ...honest.map((f) => ({
        name: `${f.name.replace(/[^A-Za-z0-9.-]/g, '_')}.ceabundle`,
        bytesBase64: f.base64,
      })),
      { name: crafted.name, bytesBase64: Buffer.from(crafted.bytes).toString('base64') },
    ];
    const r = await inst.call('bundle.import', { files, trustNew: true });
    if (r.ok) {
      if (crafted.expect === 'refuse')
        violation(`${label}: the hostile bundle was accepted; it must be refused whole (${name})`);
      this.count(`hostile ${name} accepted`);
      const held = new Map(inst.store.read().ops.map((op) => [op.hlc, op]));
      for (const op of crafted.ops) {
        const prior = this.model.edits.get(op.hlc);
        if (prior && prior.body !== bodyOf(op))
          violation(`${label}: the bundle reuses stamp ${op.hlc} with another content and was accepted`);
        if (!held.has(op.hlc))
          violation(
            `${label}: the import was accepted but change ${op.hlc} (${op.entity} ${op.key}) is not held`,
          );
        this.model.learn(op, -1, new Set(), label);
      }
      for (const f of honest) {
        this.checkNoRewrite(who, f.carried, label);
        this.model.received(who, f.carried);
        this.model.accepted[who]!.add(f.base64);
      }
      this.model.received(
        who,
        crafted.ops.map((op) => op.hlc),
      );
      const sent = this.sent(crafted);
      this.model.accepted[who]!.add(sent.base64);
      if (crafted.mailable) this.model.mailbox.push(sent);
    } else {
      await this.unchanged(who, before, label);
      if (crafted.expect === 'accept') {
        const read = honest.map((f) => ({ from: f.from, id: f.base64, ops: opsOf(f.base64) }));
        const why = this.allowedRefusal(
          who,
          [...read, { from: -1, id: 'crafted', ops: crafted.ops }],
          r.error,
        );
        if (why === null)
          violation(
            `${label}: the hostile installation's valid bundle was refused (${describeError(r.error)}); what a focal point may send must be taken`,
          );
      }
      this.count(`hostile ${name} refused`);
      // Left byte for byte as it was, it saves and exports as it did before.
      return [who];
    }
    await this.probe(who, step);
    return [who];
  }

  // ---- restores and kills -------------------------------------------------------------------

  private async restore(pickWho: number, pick: number, step: string): Promise<number[]> {
    // Among those who have a backup to restore.
    const lists = await Promise.all(this.cast.map((inst) => inst.call('backups.list', {})));
    lists.forEach((l, i) => {
      if (!l.ok) violation(`${step}: ${CAST[i]!.label} cannot list its backups (${describeError(l.error)})`);
    });
    const able = this.cast
      .map((_, i) => i)
      .filter((i) => {
        const l = lists[i]!;
        return l.ok && l.data.length > 0;
      });
    if (able.length === 0) return [];
    const who = able[pickWho % able.length]!;
    const inst = this.cast[who]!;
    const listed = lists[who]!;
    if (!listed.ok) return [];
    const backup = listed.data[pick % listed.data.length]!;
    const label = `${step}: ${CAST[who]!.label} restores backup ${backup.name}`;
    const r = await inst.call('backups.restore', { name: backup.name });
    if (!r.ok) violation(`${label}: the restore was refused (${describeError(r.error)})`);
    this.count('restore');
    this.model.restored(who, new Set(inst.store.read().ops.map((op) => op.hlc)), label);
    await this.probe(who, step);
    return [who];
  }

  private async kill(cmd: Extract<Cmd, { t: 'kill' }>, step: string): Promise<number[]> {
    // The installation on disk is the one that can be killed.
    const who = this.opts.onDisk ?? cmd.who % this.cast.length;
    const inst = this.cast[who]!;
    // Only commands whose actor is `who` itself: a review or a plan edit picks its actor among those who may.
    if (!inst.fs || !['report', 'budget', 'unbudget', 'export', 'import'].includes(cmd.then.t))
      return this.exec(cmd.then, step);
    inst.fs.arm(cmd.after, cmd.fraction);
    const touched = await this.exec({ ...cmd.then, who }, `${step} (killed at write ${cmd.after + 1})`, true);
    if (!inst.fs.dead) {
      inst.fs.arm(Number.POSITIVE_INFINITY, 0);
      return touched;
    }
    this.count('kill');
    await inst.restart();
    const label = `${step}: ${CAST[who]!.label} was killed during "${cmd.then.t}" and started again`;
    const held = inst.store.read().ops;
    const heldSet = new Set(held.map((op) => op.hlc));
    for (const h of this.model.knows[who]!) {
      if (!heldSet.has(h)) {
        const e = this.model.edits.get(h)!;
        violation(`${label}: acknowledged change ${h} (${e.entity} ${e.key}) is gone after the restart`);
      }
    }
    const extra = held.filter((op) => !this.model.knows[who]!.has(op.hlc));
    if (extra.length > 0) {
      if (cmd.then.t === 'import') {
        // The import that died either happened whole or not at all.
        const files = cmd.then.picks.map((p) => this.model.mailbox[p % this.model.mailbox.length]!);
        const carried = new Set(files.flatMap((f) => f.carried));
        const missing = [...carried].filter((h) => !heldSet.has(h));
        if (extra.some((op) => !carried.has(op.hlc)) || missing.length > 0)
          violation(
            `${label}: the interrupted import was half applied (${extra.length} changes taken, ${missing.length} left out)`,
          );
        for (const f of files) this.model.received(who, f.carried);
      } else if (
        extra.length === 1 &&
        extra[0]!.site === inst.member.identity.installation &&
        !['export', 'import'].includes(cmd.then.t)
      ) {
        // The save was written before the process died, though never acknowledged: it stands as a save.
        this.model.saved(who, extra, label);
      } else {
        violation(
          `${label}: after the restart the installation holds ${extra.length} changes nobody saved: ${extra.map((op) => op.hlc).join(', ')}`,
        );
      }
    }
    await this.probe(who, step);
    return [who];
  }

  describe(h: string): string {
    const e = this.model.edits.get(h)!;
    return `${e.entity} ${e.key} (${e.fields.join(', ')}) saved by ${e.author === -1 ? 'the hostile installation' : CAST[e.author]!.label}`;
  }

  /**
   * A laptop whose clock ran ahead stamps its saves beyond what anyone accepts; once its clock is right
   * it stamps them again (same change, new stamp) so that they travel. The model follows: an edit of
   * its own, stamped more than 48 hours ahead of its clock, may come back under a new stamp, once.
   */
  reconcileRestamps(who: number, label: string): void {
    const inst = this.cast[who]!;
    const knows = this.model.knows[who]!;
    const held = inst.store.read().ops;
    const heldSet = new Set(held.map((op) => op.hlc));
    const gone = [...knows].filter((h) => !heldSet.has(h));
    if (gone.length === 0) return;
    const limit = inst.now() + MAX_FUTURE_MS;
    const fresh = held.filter((op) => !knows.has(op.hlc));
    const byContent = new Map(fresh.map((op) => [contentOf(op), op]));
    for (const h of gone) {
      const e = this.model.edits.get(h)!;
      if (e.author !== who || wallOf(h) <= limit) continue;
      const again = byContent.get(e.content);
      if (!again)
        violation(
          `${label}: ${CAST[who]!.label}'s change ${h} (${e.entity} ${e.key}), saved while its clock ran ahead, is gone and not stamped again`,
        );
      this.count('restamped');
      byContent.delete(e.content);
      this.model.restamp(who, h, again, label);
    }
  }

  // ---- properties ---------------------------------------------------------------------------

  /** Every installation holds exactly what the model says: each acknowledged save, each accepted change, nothing else. */
  checkHeld(label = 'after the step'): void {
    this.cast.forEach((inst, i) => {
      const ops = inst.store.read().ops;
      const knows = this.model.knows[i]!;
      const seen = new Set<string>();
      for (const op of ops) {
        const e = this.model.edits.get(op.hlc);
        if (!e || !knows.has(op.hlc))
          violation(
            `${label}: ${CAST[i]!.label} holds change ${op.hlc} (${op.entity} ${op.key}) that it never saved nor received`,
          );
        if (e.body !== bodyOf(op))
          violation(
            `${label}: ${CAST[i]!.label} holds change ${op.hlc} (${op.entity} ${op.key}) with content other than what was saved`,
          );
        if (seen.has(op.hlc)) violation(`${label}: ${CAST[i]!.label} holds change ${op.hlc} twice`);
        seen.add(op.hlc);
      }
      if (seen.size !== knows.size) {
        const lost = [...knows].find((h) => !seen.has(h))!;
        const e = this.model.edits.get(lost)!;
        const whose = e.author === -1 ? 'the hostile installation' : CAST[e.author]!.label;
        violation(
          `${label}: ${CAST[i]!.label} lost change ${lost} (${e.entity} ${e.key}: ${e.fields.join(', ')}, saved by ${whose}) that it had saved or received`,
        );
      }
    });
  }

  /** What each record shows is a change nobody had seen superseded when they saved theirs. */
  checkWinners(i: number, label: string): void {
    const knows = this.model.knows[i]!;
    const byField = new Map<string, string[]>();
    for (const h of knows) {
      const e = this.model.edits.get(h)!;
      for (const f of e.fields) {
        const k = `${e.entity}|${e.key}|${f}`;
        const list = byField.get(k);
        if (list) list.push(h);
        else byField.set(k, [h]);
      }
    }
    const folded = fold(this.cast[i]!.store.read().ops);
    for (const entity of Object.keys(folded) as Operation['entity'][]) {
      for (const [key, fields] of folded[entity]) {
        for (const [field, value] of fields) {
          for (const other of byField.get(`${entity}|${key}|${field}`) ?? []) {
            if (other !== value.hlc && this.model.edits.get(other)!.seen.has(value.hlc)) {
              violation(
                `${label}: ${CAST[i]!.label} shows ${entity} ${key} ${field} from change ${value.hlc}, which change ${other} was saved after and replaced`,
              );
            }
          }
        }
      }
    }
  }

  private hashes = new WeakMap<readonly Operation[], string>();
  private hashOf(i: number): string {
    const ops = this.cast[i]!.store.read().ops;
    let h = this.hashes.get(ops);
    if (h === undefined) this.hashes.set(ops, (h = stateHash(ops)));
    return h;
  }

  /** Installations holding the same changes show the same state (`state --hash`). */
  checkConvergence(label: string): void {
    for (let i = 0; i < this.cast.length; i++) {
      for (let j = i + 1; j < this.cast.length; j++) {
        const a = this.model.knows[i]!;
        const b = this.model.knows[j]!;
        if (a.size !== b.size || [...a].some((h) => !b.has(h))) continue;
        if (this.hashOf(i) !== this.hashOf(j))
          violation(
            `${label}: ${CAST[i]!.label} and ${CAST[j]!.label} hold the same changes but their state hashes differ`,
          );
      }
    }
  }

  /** The installation can still save and export: tried on a copy in memory, which the real one never sees. */
  async probe(who: number, step: string): Promise<void> {
    const inst = this.cast[who]!;
    const call = dispatcher(openMemoryStore(inst.store.read(), inst.now), inst.now);
    const id = CAST[who]!.identity;
    const activityId = activitiesOf(isSecretariat(who) ? SECRETARIAT_GROUPS : id.groups)[0]!;
    const saved = await call('progress.save', {
      activityId,
      status: 'in-progress',
      percent: 10,
      actualStart: '2020-03',
      actualEnd: null,
      done: 'Probe',
      obstacles: '',
      nextSteps: '',
      evidence: [],
      reportDate: DAY,
      ...(isSecretariat(who) ? { country: 'ARG' } : {}),
    });
    if (!saved.ok)
      violation(`${step}: ${CAST[who]!.label} can no longer save a report (${describeError(saved.error)})`);
    const exported = await call('bundle.export', {});
    if (!exported.ok)
      violation(`${step}: ${CAST[who]!.label} can no longer export (${describeError(exported.error)})`);
    const ops = opsOf((exported.data as { base64: string }).base64);
    if (ops.length === 0) violation(`${step}: ${CAST[who]!.label}'s export leaves out the report just saved`);
  }

  /**
   * The end of a run: every installation sends everything, the first secretariat imports all bundles
   * ever sent and these, then sends its consolidated bundle to all. Everyone must then hold the same
   * changes, with the same state, and each can still save and export.
   */
  async drain(): Promise<void> {
    const label = 'final exchange';
    // Everyone's clock is put right first: what a clock running ahead stamped must travel now.
    for (const inst of this.cast) inst.ahead = 0;
    const order = [0, 1, 2, SECRETARIATS[1], COORDINATOR];
    const fresh: SentBundle[] = [];
    for (const who of order) {
      await this.exportOf(who, true, label);
      fresh.push(this.model.mailbox.at(-1)!);
    }
    const sec = SECRETARIATS[0];
    // Bundles sent while a clock ran ahead are refused for good; what they carried comes again, stamped anew, in the fresh ones.
    const limit = this.cast[sec]!.now() + MAX_FUTURE_MS;
    const sendable = (f: SentBundle) => f.from !== sec && !f.carried.some((h) => wallOf(h) > limit);
    const files = [...this.model.mailbox.slice(0, -fresh.length).filter(sendable), ...fresh];
    if (
      !(await this.importHonest(sec, files, `${label}: ${CAST[sec]!.label} imports every bundle ever sent`))
    ) {
      violation(`${label}: ${CAST[sec]!.label} could not import every bundle ever sent`);
    }
    await this.exportOf(sec, true, label);
    const consolidated = this.model.mailbox.at(-1)!;
    for (let i = 0; i < this.cast.length; i++) {
      if (i === sec) continue;
      if (
        !(await this.importHonest(
          i,
          [consolidated],
          `${label}: ${CAST[i]!.label} imports the consolidated bundle`,
        ))
      ) {
        // Everything in it already held: it may be refused as a replay, which is no loss.
      }
    }
    this.checkHeld(label);
    const all = this.model.knows[sec]!;
    for (let i = 0; i < this.cast.length; i++) {
      const k = this.model.knows[i]!;
      // Focal points send only their own changes: what the hostile installation sent to one focal point only, or
      // what a secretariat sent and then dropped by restoring a backup, stays where it arrived.
      const relayed = (h: string) => {
        const { author } = this.model.edits.get(h)!;
        return author !== -1 && !(isSecretariat(author) && !this.model.knows[author]!.has(h));
      };
      const missing = [...k].filter((h) => !all.has(h) && relayed(h));
      if (missing.length > 0)
        violation(
          `${label}: the consolidated bundle lacks ${missing.length} changes ${CAST[i]!.label} holds, such as ${this.describe(missing[0]!)}`,
        );
      const lacking = [...all].filter((h) => !k.has(h));
      if (lacking.length > 0)
        violation(
          `${label}: ${CAST[i]!.label} still lacks ${lacking.length} changes after the consolidated bundle, such as ${this.describe(lacking[0]!)}`,
        );
      this.checkWinners(i, label);
      await this.probe(i, label);
    }
    this.checkConvergence(label);
  }
}
