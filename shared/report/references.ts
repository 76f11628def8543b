import type { ReferenceKind, WorkingGroup } from '../model/programme';
import type { Meeting } from '../model/records';
import type { Lang } from '../model/text';
import { pickText } from '../model/text';
import { servedNumbers } from './meetings';

/** A document the group's source refers to, as a report or screen lists it: the citation as printed first. */
export interface ReportReference {
  kind: ReferenceKind;
  /** The citation in the document's own words (a bibliographic reference is not translated). */
  citation: string;
  citationLang: Lang;
  /** The title in the reader's language when it is not the citation's, with whether it is our translation. */
  translatedTitle: { text: string; unofficial: boolean } | null;
  serves: string[];
  /** Titles of the meetings it was presented at. */
  presentedAt: string[];
}

/** The group's documents referred to, in the document's order. */
export function groupReferences(
  group: Pick<WorkingGroup, 'references'>,
  meetings: readonly Pick<Meeting, 'id' | 'title'>[],
  lang: Lang,
): ReportReference[] {
  return (group.references ?? []).map((r) => {
    const title = pickText(r.title, lang);
    return {
      kind: r.kind,
      citation: r.citation,
      citationLang: r.title.orig,
      translatedTitle:
        title.lang === r.title.orig ? null : { text: title.text, unofficial: title.unofficial },
      serves: servedNumbers(r),
      presentedAt: r.meetings.flatMap((id) => {
        const m = meetings.find((x) => x.id === id);
        return m === undefined ? [] : [pickText(m.title, lang).text];
      }),
    };
  });
}
