import type { Operation } from '../../../shared/model/ops';
import { canonicalJson } from '../../../shared/sync/canonical';

/**
 * The reference model: what every installation should hold, in terms that need no knowledge of clocks,
 * merge or scope rules. An edit is what one acknowledged save (or one accepted operation of the hostile
 * installation) produced, named by its stamp. Each installation knows a set of edits: its own saves,
 * plus every edit carried by a bundle it accepted; a restore takes it back to a set it knew before.
 * An edit supersedes another only if its author had seen the other when saving it.
 */
export interface Edit {
  hlc: string;
  body: string;
  /** The change itself, without its stamp and what it saw: what a re-stamped edit keeps. */
  content: string;
  /** Index of the honest author in the cast, or -1 for the hostile installation. */
  author: number;
  entity: Operation['entity'];
  key: string;
  fields: readonly string[];
  /** Each field's value as canonical text. */
  values: Readonly<Record<string, string>>;
  /** What the author knew when it saved this edit: the edits it may supersede. */
  seen: ReadonlySet<string>;
}

const bodies = new WeakMap<Operation, string>();
/** An operation's whole content as canonical text (cached: operations are immutable values). */
export function bodyOf(op: Operation): string {
  let b = bodies.get(op);
  if (b === undefined) bodies.set(op, (b = canonicalJson(op)));
  return b;
}

/** An operation without its stamp and `prev`: the same change, however often it is stamped. */
export function contentOf(op: Operation): string {
  const { hlc: _hlc, prev: _prev, ...rest } = op;
  return canonicalJson(rest);
}

function valuesOf(op: Operation): Record<string, string> {
  return Object.fromEntries(Object.entries(op.fields).map(([f, v]) => [f, canonicalJson(v)]));
}

export class Violation extends Error {}

export function violation(message: string): never {
  throw new Violation(message);
}

export interface SentBundle {
  name: string;
  base64: string;
  /** Index of the honest sender, or -1 for the hostile installation. */
  from: number;
  carried: readonly string[];
  seq: number;
}

export class Model {
  readonly edits = new Map<string, Edit>();
  readonly knows: Set<string>[];
  /** Every set of edits each installation has held after a step: what a backup can bring back. */
  readonly past: Map<string, ReadonlySet<string>>[];
  /** What each installation's bundles carried, all together. */
  readonly carried: Set<string>[];
  /** Bundles anyone may import later (the mailbox): everything exported, and the hostile's valid bundles. */
  readonly mailbox: SentBundle[] = [];
  /** The files each installation has accepted, by content: importing one again may add nothing. */
  readonly accepted: Set<string>[];

  constructor(readonly size: number) {
    this.knows = Array.from({ length: size }, () => new Set<string>());
    this.past = Array.from({ length: size }, () => new Map([['', new Set<string>()]]));
    this.carried = Array.from({ length: size }, () => new Set<string>());
    this.accepted = Array.from({ length: size }, () => new Set<string>());
  }

  /** An acknowledged save of `who`: its operations become edits that supersede what `who` knew. */
  saved(who: number, ops: readonly Operation[], label: string): void {
    const seen = new Set(this.knows[who]);
    for (const op of ops) this.learn(op, who, seen, label);
    for (const op of ops) this.knows[who]!.add(op.hlc);
    this.remember(who);
  }

  /** A new edit from `author` (an honest save or a hostile operation). Stamps name one edit for ever. */
  learn(op: Operation, author: number, seen: ReadonlySet<string>, label: string): void {
    const body = bodyOf(op);
    const held = this.edits.get(op.hlc);
    if (held && held.body !== body) {
      violation(
        `${label}: the new change was stamped ${op.hlc}, a stamp already given to another change (${held.entity} ${held.key}); the two can never both be kept`,
      );
    }
    if (!held)
      this.edits.set(op.hlc, {
        hlc: op.hlc,
        body,
        content: contentOf(op),
        author,
        entity: op.entity,
        key: op.key,
        fields: Object.keys(op.fields),
        values: valuesOf(op),
        seen,
      });
  }

  /** `who` stamped its edit `old` again as `op`: the same edit under a new stamp, superseding what the old one did. */
  restamp(who: number, old: string, op: Operation, label: string): void {
    const e = this.edits.get(old)!;
    this.learn(op, who, e.seen, label);
    for (const other of this.edits.values())
      if (other.seen.has(old) && !other.seen.has(op.hlc)) (other.seen as Set<string>).add(op.hlc);
    this.knows[who]!.delete(old);
    this.knows[who]!.add(op.hlc);
    this.remember(who);
  }

  /** `who` accepted bundles: it knows everything they carried. */
  received(who: number, carried: Iterable<string>): void {
    for (const h of carried) this.knows[who]!.add(h);
    this.remember(who);
  }

  remember(who: number): void {
    const k = this.knows[who]!;
    const sig = signature(k);
    if (!this.past[who]!.has(sig)) this.past[who]!.set(sig, new Set(k));
  }

  /** After a restore: the set held must be one `who` held before, and becomes what it knows. */
  restored(who: number, held: ReadonlySet<string>, label: string): void {
    const earlier = this.past[who]!.get(signature(held));
    if (!earlier)
      violation(
        `${label}: after restoring a backup the installation holds ${held.size} changes, a set it never held before`,
      );
    this.knows[who] = new Set(earlier);
  }

  /**
   * What a bundle of `who` must carry: every edit it holds that it may send (its own, or everything
   * for a secretariat) and, for a bundle of changes, that none of its earlier bundles carried.
   */
  required(who: number, own: (e: Edit) => boolean, all: boolean): string[] {
    const out: string[] = [];
    for (const h of this.knows[who]!) {
      const e = this.edits.get(h)!;
      if (!own(e)) continue;
      if (!all && this.carried[who]!.has(h)) continue;
      out.push(h);
    }
    return out;
  }
}

export function signature(s: ReadonlySet<string>): string {
  return [...s].sort().join(',');
}
