import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, InputNumber, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CADENCES, ITEM_KINDS, MAX_MONTHLY_TARGET } from '../../../../src/modules/plans/contract';
import { useReportError } from '../../app/feedback';
import { useUpdatePlan, type Plan } from './api';
import { blankItem, fromItem, toInput, withCadence, type ItemDraft } from './drafts';
import { EnterprisePicker } from './EnterprisePicker';
import { MatterInput } from './MatterInput';

/** The draft's items as one editable table; saving sends them all with the plan's version. */
export function ItemsEditor({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const update = useUpdatePlan();
  const [title, setTitle] = useState(plan.title);
  const [items, setItems] = useState<ItemDraft[]>(() => plan.items.map(fromItem));
  const patch = (key: number, change: (d: ItemDraft) => ItemDraft) => setItems((xs) => xs.map((x) => (x.key === key ? change(x) : x)));

  async function save() {
    try {
      const saved = await update.mutateAsync({ id: plan.id, body: { title, items: items.map(toInput), version: plan.version } });
      setItems(saved.items.map(fromItem));
      void message.success(t('plans.saved'));
    } catch (error) {
      reportError(error);
    }
  }

  const columns: TableColumnsType<ItemDraft> = [
    {
      title: t('plans.kind'),
      key: 'kind',
      render: (_, d) => (
        <Select
          aria-label={t('plans.kind')}
          value={d.kind}
          style={{ width: 120 }}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`plans.kinds.${k}`) }))}
          onChange={(kind) => patch(d.key, (x) => ({ ...x, kind }))}
        />
      ),
    },
    {
      title: t('plans.itemName'),
      key: 'name',
      render: (_, d) => (
        <Input
          aria-label={t('plans.itemName')}
          value={d.name}
          maxLength={60}
          style={{ width: 180 }}
          onChange={(e) => patch(d.key, (x) => ({ ...x, name: e.target.value }))}
        />
      ),
    },
    {
      title: t('plans.scope'),
      key: 'scope',
      render: (_, d) =>
        d.kind === 'random' ? (
          <MatterInput orgId={plan.orgId} value={d.matterCode} onChange={(matterCode) => patch(d.key, (x) => ({ ...x, matterCode }))} />
        ) : (
          <EnterprisePicker
            orgId={plan.orgId}
            value={d.enterpriseIds}
            names={d.names}
            onChange={(enterpriseIds, names) => patch(d.key, (x) => ({ ...x, enterpriseIds, names }))}
          />
        ),
    },
    {
      title: t('plans.cadence'),
      key: 'cadence',
      render: (_, d) => (
        <Select
          aria-label={t('plans.cadence')}
          value={d.cadence}
          style={{ width: 100 }}
          options={CADENCES.map((c) => ({ value: c, label: t(`plans.cadences.${c}`) }))}
          onChange={(c) => patch(d.key, (x) => withCadence(x, c))}
        />
      ),
    },
    {
      title: t('plans.targets'),
      key: 'targets',
      render: (_, d) => (
        <Space size={4} wrap style={{ width: 372 }}>
          {d.targets.map((n, i) => {
            const label = d.cadence === 'quarter' ? t('plans.quarter', { quarter: i + 1 }) : t('plans.month', { month: i + 1 });
            return (
              <Flex key={label} vertical align="center">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {label}
                </Typography.Text>
                <InputNumber<number>
                  aria-label={label}
                  size="small"
                  min={0}
                  max={MAX_MONTHLY_TARGET}
                  precision={0}
                  value={n}
                  style={{ width: 56 }}
                  onChange={(v) => patch(d.key, (x) => ({ ...x, targets: x.targets.map((old, j) => (j === i ? (v ?? 0) : old)) }))}
                />
              </Flex>
            );
          })}
        </Space>
      ),
    },
    { title: t('plans.total'), key: 'total', render: (_, d) => d.targets.reduce((a, b) => a + b, 0) },
    {
      title: t('common.actions'),
      key: 'remove',
      render: (_, d) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('plans.removeItem')}
          onClick={() => setItems((xs) => xs.filter((x) => x.key !== d.key))}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center">
        <label htmlFor="plan-title">{t('plans.planTitle')}</label>
        <Input id="plan-title" value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} style={{ maxWidth: 480 }} />
      </Flex>
      <Table<ItemDraft>
        rowKey="key"
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('plans.empty') }}
        data-testid="plan-items-editor"
      />
      <Flex gap={8} wrap>
        {ITEM_KINDS.map((k) => (
          <Button key={k} icon={<PlusOutlined />} onClick={() => setItems((xs) => [...xs, blankItem(k)])}>
            {t('plans.addItem', { kind: t(`plans.kinds.${k}`) })}
          </Button>
        ))}
        <Button type="primary" loading={update.isPending} onClick={() => void save()}>
          {t('plans.saveDraft')}
        </Button>
      </Flex>
    </Flex>
  );
}
