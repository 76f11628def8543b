import type { ReactNode } from 'react';

/** A sheet section's heading, then its table, or instead the line (`empty`) saying why it has none. */
export function TableSection({
  heading,
  empty,
  children,
}: {
  heading: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <>
      <h2>{heading}</h2>
      {empty === null ? children : <p className="muted">{empty}</p>}
    </>
  );
}
