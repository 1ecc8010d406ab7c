import { Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCategory } from '../../../../src/modules/registry/contract';
import { api } from '../../app/api';
import { useReportError } from '../../app/feedback';
import { useEnterprises, type EnterprisePage } from '../registry/api';
import { enumOptions } from '../registry/labels';

interface Props {
  orgId: string;
  value: string[];
  /** Names of the enterprises already chosen (the server sends them with the plan). */
  names: Record<string, string>;
  onChange: (ids: string[], names: Record<string, string>) => void;
}

/** A key list: search the registry of the plan's org, or add a whole key-supervision category. */
export function EnterprisePicker({ orgId, value, names, onChange }: Props) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [term, setTerm] = useState('');
  const [adding, setAdding] = useState(false);
  const found = useEnterprises({ orgId, q: term || undefined }, 1, 20);
  const known = { ...names, ...Object.fromEntries((found.data?.items ?? []).map((e) => [e.id, e.name])) };
  const options = Object.entries(known).map(([id, name]) => ({ value: id, label: name }));

  async function addCategory(keyCategory: KeyCategory) {
    setAdding(true);
    try {
      const page = await api<EnterprisePage>('/api/enterprises', { query: { orgId, keyCategory, pageSize: 200 } });
      const added = page.items.filter((e) => !value.includes(e.id));
      onChange([...value, ...added.map((e) => e.id)], { ...names, ...Object.fromEntries(added.map((e) => [e.id, e.name])) });
    } catch (error) {
      reportError(error);
    } finally {
      setAdding(false);
    }
  }

  return (
    <Flex vertical gap={4} style={{ width: 360 }}>
      <Select
        mode="multiple"
        aria-label={t('plans.enterprises')}
        placeholder={t('plans.searchEnterprises')}
        value={value}
        options={options}
        showSearch={{ onSearch: setTerm, filterOption: false }}
        loading={found.isFetching}
        onChange={(ids: string[]) => onChange(ids, known)}
        maxTagCount={4}
      />
      <Select<KeyCategory>
        aria-label={t('plans.addByCategory')}
        placeholder={t('plans.addByCategory')}
        value={null}
        loading={adding}
        options={enumOptions(t, 'keyCategory')}
        onChange={(c) => void addCategory(c)}
        size="small"
      />
    </Flex>
  );
}
