/** Web addresses are links (opened outside the app); document symbols such as LC/CEA.10/5 stay text. */
export function EvidenceItem({ value }: { value: string }) {
  if (!/^https?:\/\/\S+$/i.test(value)) return <>{value}</>;
  return (
    <a href={value} target="_blank" rel="noreferrer noopener" className="link--long">
      {value}
    </a>
  );
}
