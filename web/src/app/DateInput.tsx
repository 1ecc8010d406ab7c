import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';

const DAY = 'YYYY-MM-DD';

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'picker' | 'minDate' | 'maxDate'> & {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Earliest and latest day that may be picked, YYYY-MM-DD (as <input type="date"> took them). */
  min?: string;
  max?: string;
};

/**
 * A calendar date as the server takes it (YYYY-MM-DD, a China date with no time of day), picked
 * with antd's DatePicker so every date field looks and reads the same, in the app's locale. A
 * drop-in for a string-valued form field: Form.Item passes `value` and `onChange` through.
 */
export function DateInput({ value, onChange, min, max, style, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format={DAY}
      value={value ? dayjs(value, DAY) : null}
      onChange={(d) => onChange?.(dayjs.isDayjs(d) ? d.format(DAY) : undefined)}
      minDate={min ? dayjs(min, DAY) : undefined}
      maxDate={max ? dayjs(max, DAY) : undefined}
      style={{ width: '100%', ...style }}
    />
  );
}
