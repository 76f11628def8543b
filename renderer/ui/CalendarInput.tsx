import type { InputHTMLAttributes } from 'react';
import { Month } from '../../shared/model/dates';
import { Day } from '../../shared/model/records';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import type { ControlProps } from './Field';

type Props = ControlProps & { value: string; onChange(value: string): void } & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'className'
  >;

/**
 * Month and date fields typed as text, with the value echoed in words in the app's language: the
 * browser's own pickers follow the browser's language ("mm/dd/yyyy" in a Spanish screen), not the app's.
 */
function CalendarInput({ kind, value, onChange, ...control }: Props & { kind: 'month' | 'day' }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const valid = kind === 'month' ? Month.safeParse(value).success : Day.safeParse(value).success;
  return (
    <span className="calendar-input">
      <input
        {...control}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t(kind === 'month' ? 'common:format.month' : 'common:format.day')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="calendar-input__echo muted">
        {valid ? (kind === 'month' ? format.month(value) : format.day(value)) : ''}
      </span>
    </span>
  );
}

export const MonthInput = (props: Props) => <CalendarInput kind="month" {...props} />;
export const DayInput = (props: Props) => <CalendarInput kind="day" {...props} />;
