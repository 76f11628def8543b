import type { ControlProps } from './Field';

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface SelectProps<V extends string> extends ControlProps {
  value: V;
  options: readonly Option<V>[];
  onChange(value: V): void;
}

/** A native select over a closed set of values: typed, keyboard-friendly, nothing to reimplement. */
export function Select<V extends string>({ value, options, onChange, ...control }: SelectProps<V>) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
