import type { PrintedText } from '../../shared/report/groupSheet';

/** A text from the plan with its footnote marks; its language is told once per sheet (ClosingNotes). */
export function Printed({ text, marks = [] }: { text: PrintedText; marks?: readonly string[] }) {
  return (
    <>
      {text.text}
      {marks.map((m) => (
        <span key={m} className="mark">
          {m}
        </span>
      ))}
    </>
  );
}
