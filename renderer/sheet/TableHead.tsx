import type { ReactNode } from 'react';

export interface Column {
  /** Share of the sheet's width: fixed, so that the printed columns do not move with their contents. */
  width: string;
  label: ReactNode;
  className?: string;
}

/** A sheet table's column widths and header row, kept in one list so a column's width sits next to its heading. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <>
      <colgroup>
        {columns.map((c, i) => (
          <col key={i} style={{ width: c.width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} className={c.className}>
              {/* The trailing space keeps headings apart in copied or extracted text; at a line's end it takes no room. */}
              {c.label}{' '}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
