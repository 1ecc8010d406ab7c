import { Card, Flex, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POWER_KINDS, type PowerItem, type PowerKind } from '../../../../src/modules/catalogue/standards/types';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { usePowerItems } from './api';
import { PowerMatters } from './PowerMatters';

const KIND_COLOR: Record<PowerKind, string> = {
  行政处罚: 'red',
  行政强制: 'volcano',
  行政检查: 'blue',
  行政许可: 'green',
  行政奖励: 'gold',
  其他: 'default',
};

/** 权责清单: the bureau's power items, each expandable into its enforcement matters. */
export function PowersPage() {
  const { t } = useTranslation();
  const powers = usePowerItems();
  const [kind, setKind] = useState<PowerKind | undefined>();
  const [q, setQ] = useState('');

  const rows = useMemo(
    () =>
      (powers.data?.powerItems ?? []).filter(
        (p) => (!kind || p.kind === kind) && (!q || p.name.includes(q) || p.code.toUpperCase().includes(q.toUpperCase())),
      ),
    [powers.data, kind, q],
  );
  const mattersOf = (code: string) => (powers.data?.enforcementMatters ?? []).filter((m) => m.powerCode === code);

  const columns: TableColumnsType<PowerItem> = [
    { title: t('powers.code'), dataIndex: 'code', key: 'code', width: 120, sorter: (a, b) => a.code.localeCompare(b.code) },
    {
      title: t('powers.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 110,
      render: (k: PowerKind) => <Tag color={KIND_COLOR[k]}>{k}</Tag>,
    },
    { title: t('powers.name'), dataIndex: 'name', key: 'name' },
    { title: t('powers.basis'), dataIndex: 'basis', key: 'basis', width: 280 },
    { title: t('powers.subject'), dataIndex: 'subject', key: 'subject', width: 160 },
  ];

  return (
    <>
      <PageTitle>{t('powers.title')}</PageTitle>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            enterButton={t('common.search')}
            placeholder={t('powers.search')}
            aria-label={t('powers.search')}
            onSearch={(value) => setQ(value.trim())}
            style={{ maxWidth: 360 }}
          />
          <Select<PowerKind>
            allowClear
            placeholder={t('powers.allKinds')}
            aria-label={t('powers.kind')}
            value={kind}
            onChange={setKind}
            options={POWER_KINDS.map((k) => ({ value: k, label: k }))}
            style={{ minWidth: 140 }}
          />
        </Flex>
        {powers.isError && <ErrorAlert error={powers.error} />}
        <Table<PowerItem>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={powers.isFetching}
          // No max-content scroll: the expanded duties are long paragraphs that must wrap to the table.
          scroll={{ x: 960 }}
          data-testid="power-table"
          expandable={{ expandedRowRender: (p) => <PowerMatters item={p} matters={mattersOf(p.code)} /> }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        />
      </Card>
    </>
  );
}
