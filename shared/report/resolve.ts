import { fail } from '../errors';
import { compareMonths, monthOf } from '../model/dates';
import type { Country, Programme, WorkingGroup } from '../model/programme';
import type { ReportSource } from './source';

/**
 * The programme a bare group numeral refers to: the one whose biennium contains today, else the
 * most recent one (a sheet printed in January 2022 still means 2020–2021 until 2022–2023 exists).
 */
export function currentProgramme(programmes: readonly Programme[], today: Date): Programme {
  const now = monthOf(today);
  const running = programmes.find((p) => compareMonths(p.start, now) <= 0 && compareMonths(now, p.end) <= 0);
  if (running) return running;
  const latest = [...programmes].sort((a, b) => compareMonths(b.start, a.start))[0];
  if (!latest) fail('NO_PROGRAMME', 'sheets:errors.noProgramme');
  return latest;
}

export function findProgramme(source: ReportSource, id: string): Programme {
  const p = source.programmes.find((x) => x.id === id);
  if (!p) fail('UNKNOWN_PROGRAMME', 'sheets:errors.unknownProgramme', { programme: id });
  return p;
}

/** `2020-2021/X`, or `X` for the current programme. */
export function findGroup(
  source: ReportSource,
  ref: string,
  today: Date,
): { programme: Programme; group: WorkingGroup } {
  const slash = ref.lastIndexOf('/');
  const programme =
    slash < 0
      ? currentProgramme(source.programmes, today)
      : source.programmes.find((p) => p.id === ref.slice(0, slash));
  const numeral = ref.slice(slash + 1).toUpperCase();
  const group = programme?.groups.find((g) => g.numeral === numeral);
  if (!programme || !group) fail('UNKNOWN_GROUP', 'sheets:errors.unknownGroup', { group: ref });
  return { programme, group };
}

export function findCountry(source: ReportSource, iso3: string): Country {
  const c = source.countries.find((x) => x.iso3 === iso3.toUpperCase());
  if (!c) fail('UNKNOWN_COUNTRY', 'sheets:errors.unknownCountry', { country: iso3 });
  return c;
}
