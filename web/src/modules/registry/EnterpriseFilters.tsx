import { Button, Form, Input, Select, TreeSelect } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../app/FilterForm';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import type { EnterpriseFilter } from './api';
import { enumOptions, INDUSTRY_TREE, type EnumKind } from './labels';

interface Props {
  filter: EnterpriseFilter;
  onChange: (patch: EnterpriseFilter) => void;
  onClear: () => void;
}

const SELECTS: { name: keyof EnterpriseFilter; kind: EnumKind; label: 'riskGrade' | 'keyCategories' | 'status' | 'size' }[] = [
  { name: 'riskGrade', kind: 'riskGrade', label: 'riskGrade' },
  { name: 'keyCategory', kind: 'keyCategory', label: 'keyCategories' },
  { name: 'status', kind: 'status', label: 'status' },
  { name: 'size', kind: 'size', label: 'size' },
];

const EMPTY: Required<Record<keyof EnterpriseFilter, undefined>> = {
  orgId: undefined,
  q: undefined,
  regionCode: undefined,
  industry: undefined,
  riskGrade: undefined,
  keyCategory: undefined,
  status: undefined,
  size: undefined,
};

/** Text boxes apply on Enter or the search button; selects apply as soon as they change. */
export function EnterpriseFilters({ filter, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EnterpriseFilter>();

  // The URL is the source of truth: back/forward and shared links refill the form.
  useEffect(() => form.setFieldsValue({ ...EMPTY, ...filter }), [form, filter]);

  async function applyRegion(value: string) {
    try {
      await form.validateFields(['regionCode']);
      onChange({ regionCode: value.trim() || undefined });
    } catch {
      // The field shows why the code was not applied.
    }
  }

  return (
    <FilterForm<EnterpriseFilter>
      form={form}
      name="enterpriseFilter"
      style={{ marginBottom: 16, rowGap: 8 }}
      onValuesChange={(changed: EnterpriseFilter) => {
        if (!('q' in changed) && !('regionCode' in changed)) onChange(changed);
      }}
    >
      <Form.Item name="q" label={t('enterprises.filterQuery')}>
        <Input.Search
          allowClear
          enterButton={t('common.search')}
          maxLength={60}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          style={{ width: 280, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item name="orgId" label={t('enterpriseFields.orgId')}>
        <OrgTreeSelect allowClear placeholder={t('enterprises.allOrgs')} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('enterpriseFields.regionCode')} rules={[{ pattern: /^\d{2,9}$/, message: t('enterprises.filterRegionInvalid') }]}>
        <Input.Search
          allowClear
          placeholder={t('enterprises.filterRegionPlaceholder')}
          maxLength={9}
          onSearch={(v) => void applyRegion(v)}
          style={{ width: 200, maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item name="industry" label={t('enterpriseFields.industryCode')}>
        <TreeSelect
          allowClear
          treeData={INDUSTRY_TREE}
          placeholder={t('enterprises.all')}
          showSearch={{ treeNodeFilterProp: 'title' }}
          popupMatchSelectWidth={false}
          style={{ minWidth: 200 }}
        />
      </Form.Item>
      {SELECTS.map((s) => (
        <Form.Item key={s.name} name={s.name} label={t(`enterpriseFields.${s.label}`)}>
          <Select allowClear placeholder={t('enterprises.all')} options={enumOptions(t, s.kind)} style={{ minWidth: 120 }} />
        </Form.Item>
      ))}
      <Form.Item>
        <Button onClick={onClear}>{t('enterprises.clearFilters')}</Button>
      </Form.Item>
    </FilterForm>
  );
}
