import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../modules/orgs/OrgTreeSelect';
import { FilterForm } from './FilterForm';
import type { ListFilter } from './useListQuery';

export interface ListSelect {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

interface Props {
  name: string;
  filter: ListFilter;
  onChange: (patch: ListFilter) => void;
  onClear: () => void;
  /** What the search box looks in, e.g. 当事人名称或统一社会信用代码. */
  searchLabel: string;
  /** Which date the range is on, e.g. 登记日期. */
  dateLabel: string;
  selects: ListSelect[];
  /** Lists scoped otherwise (an enterprise user's) have no org choice. */
  org?: boolean;
  children?: ReactNode;
}

type Values = Record<string, unknown> & { dates?: [Dayjs | null, Dayjs | null] | null };
const DAY = 'YYYY-MM-DD';

/**
 * A list's search box, date range, state selects and org, above the table. The search applies on
 * Enter or the button; the rest as soon as they change. The URL is the source of truth: back,
 * forward and shared links refill the form.
 */
export function ListFilters({ name, filter, onChange, onClear, searchLabel, dateLabel, selects, org = true, children }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    const empty = Object.fromEntries(['q', 'orgId', ...selects.map((s) => s.name)].map((k) => [k, undefined]));
    const dates = filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null] : null;
    form.setFieldsValue({ ...empty, ...filter, dates } as Values);
  }, [form, filter, selects]);

  return (
    <FilterForm<Values>
      form={form}
      name={name}
      style={{ marginBottom: 16, rowGap: 8 }}
      onValuesChange={(changed: Values) => {
        if ('q' in changed) return;
        if ('dates' in changed) {
          const [from, to] = changed.dates ?? [null, null];
          onChange({ from: from?.format(DAY), to: to?.format(DAY) });
          return;
        }
        onChange(changed as ListFilter);
      }}
    >
      <Form.Item name="q" label={searchLabel}>
        <Input.Search
          allowClear
          enterButton={t('common.search')}
          maxLength={60}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          style={{ width: 300, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item name="dates" label={dateLabel}>
        <DatePicker.RangePicker allowEmpty={[true, true]} format={DAY} style={{ maxWidth: '100%' }} />
      </Form.Item>
      {selects.map((s) => (
        <Form.Item key={s.name} name={s.name} label={s.label}>
          <Select allowClear placeholder={t('common.list.all')} options={s.options} style={{ minWidth: 140 }} popupMatchSelectWidth={false} />
        </Form.Item>
      ))}
      {org && (
        <Form.Item name="orgId" label={t('common.list.org')}>
          <OrgTreeSelect allowClear placeholder={t('common.list.all')} />
        </Form.Item>
      )}
      {children}
      <Form.Item>
        <Button onClick={onClear}>{t('common.list.clear')}</Button>
      </Form.Item>
    </FilterForm>
  );
}
