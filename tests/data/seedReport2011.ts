import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads the 2011 activity report of the MDG working group (LC/L.3387(CEA.6/14), Spanish) as the seed
 * text gives it, so the data tests hold the encoded objectives, plan and progress against the document.
 * The seeds live beside the clone (`../shared/seeds`), as they do on CI.
 */
export const SEED_MDG_2011 = fileURLToPath(new URL('../../../shared/seeds/003_ba5301a06869401a.txt', import.meta.url));

export interface ReportObjective {
  number: string;
  text: string;
}

export interface ReportActivity {
  /** The section number of part E (`1` … `6`). */
  section: string;
  letter: string;
  /** The lettered item, continued across a page break where the document breaks it. */
  text: string;
  /** The unlettered bullets that follow the item, in order. */
  subItems: string[];
}

export interface ReportPlanSection {
  number: string;
  heading: string;
  activities: ReportActivity[];
}

export interface Report2011 {
  /** The whole document with markup dropped and every run of whitespace made one space. */
  flat: string;
  objectives2009_2011: ReportObjective[];
  objectives2012_2013: ReportObjective[];
  plan: ReportPlanSection[];
}

export function readReport2011(): string {
  if (!existsSync(SEED_MDG_2011)) {
    throw new Error(
      `Seed document LC/L.3387(CEA.6/14) not found at ${SEED_MDG_2011}: the MDG data tests check the ` +
        'encoded group against it. Put the shared folder (with seeds/) beside the clone as ../shared.',
    );
  }
  return readFileSync(SEED_MDG_2011, 'utf8');
}

/** The seed is a Markdown-ish rendering of the PDF: drop the rendering, keep the wording. */
export function flatten(text: string): string {
  return text
    .replace(/<\/?i>/g, '')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The lines of a lettered part of the report (`A.` … `E.`), from its heading in the body to the next
 * part. Contents lines carry a tab and a page number, so they never match a heading.
 */
function part(lines: string[], letter: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(`${letter}. `) && !line.includes('\t'));
  if (start < 0) throw new Error(`the report has no part ${letter}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^[A-E]\. [A-ZÁÉÍÓÚÑ]/.test(line) && !line.includes('\t'));
  return end < 0 ? rest : rest.slice(0, end);
}

/** `1. Mejorar …` lines: the numbered objectives of a part. */
function numbered(lines: string[]): ReportObjective[] {
  return lines.flatMap((line) => {
    const match = /^(\d)\. (.+)$/.exec(line.trim());
    return match ? [{ number: match[1] ?? '', text: flatten(match[2] ?? '') }] : [];
  });
}

const SECTION = /^(\d)\. (Actividades .+)$/;
const LETTERED = /^\s*- ([a-z])\) (.+)$/;
const BULLET = /^\s*- (.+)$/;

/** Part E: sections, their lettered items, and the bullets under each item. */
function plan(lines: string[]): ReportPlanSection[] {
  const sections: ReportPlanSection[] = [];
  let activity: ReportActivity | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const section = SECTION.exec(line);
    const lettered = LETTERED.exec(line);
    const bullet = BULLET.exec(line);
    const current = sections.at(-1);
    if (section) {
      sections.push({ number: section[1] ?? '', heading: flatten(section[2] ?? ''), activities: [] });
      activity = null;
    } else if (lettered && current) {
      activity = { section: current.number, letter: lettered[1] ?? '', text: flatten(lettered[2] ?? ''), subItems: [] };
      current.activities.push(activity);
    } else if (bullet && activity) {
      activity.subItems.push(flatten(bullet[1] ?? ''));
    } else if (line.trim() !== '' && activity && activity.subItems.length === 0 && !/[.:]$/.test(activity.text)) {
      // A page break cut the item mid-sentence (2.c): the next paragraph is the rest of it.
      activity.text = `${activity.text} ${flatten(line)}`;
    }
  }
  return sections;
}

export function parseReport2011(text: string): Report2011 {
  const lines = text.split(/\r?\n/);
  return {
    flat: flatten(text),
    objectives2009_2011: numbered(part(lines, 'A')),
    objectives2012_2013: numbered(part(lines, 'D')),
    plan: plan(part(lines, 'E')),
  };
}
