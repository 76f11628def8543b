import type { PrintedText } from '../../shared/report/groupSheet';

/** A text from the plan, with † when it is an unofficial translation and its footnote marks. */
export function Printed({ text, marks = [] }: { text: PrintedText; marks?: readonly string[] }) {
  return (
    <>
      {text.text}
      {text.unofficial && <span className="mark">†</span>}
      {marks.map((m) => (
        <span key={m} className="mark">
          {m}
        </span>
      ))}
    </>
  );
}
