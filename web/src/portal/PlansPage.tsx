import { Card, Empty, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../app/feedback';
import { formatDateTime } from '../app/format';
import { usePublicPlans, type PublicPlan } from './api';
import { PublicTitle, SectionTitle } from './PortalLayout';

type Item = PublicPlan['items'][number];

/** 年度监督检查计划, as published: key enterprises are counted, never named. */
export function PlansPage() {
  const { t } = useTranslation();
  const plans = usePublicPlans();
  const columns: TableColumnsType<Item> = [
    { title: t('plans.kind'), dataIndex: 'kind', key: 'kind', render: (k: string) => t(`plans.kinds.${k}`, { defaultValue: k }) },
    { title: t('plans.itemName'), dataIndex: 'name', key: 'name' },
    {
      title: t('plans.scope'),
      key: 'scope',
      render: (_, i) => (i.matterName ? `${i.matterCode ?? ''} ${i.matterName}` : t('portal.plans.enterpriseCount', { count: i.enterpriseCount })),
    },
    { title: t('plans.total'), key: 'total', render: (_, i) => i.targets.reduce((a, b) => a + b, 0) },
  ];
  return (
    <>
      <PublicTitle>{t('portal.plans.title')}</PublicTitle>
      <Typography.Paragraph>{t('portal.plans.intro')}</Typography.Paragraph>
      {plans.isError && <ErrorAlert error={plans.error} />}
      {plans.isLoading && <Spin />}
      {plans.data?.length === 0 && <Empty description={t('portal.plans.none')} />}
      {plans.data?.map((p) => (
        <Card key={p.id} title={<SectionTitle>{p.title}</SectionTitle>} style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">
            {p.orgName} · {t('plans.year')} {p.year}
            {p.publishedAt && ` · ${t('portal.plans.publishedAt')} ${formatDateTime(p.publishedAt)}`}
          </Typography.Paragraph>
          <Table<Item>
            rowKey={(i) => `${i.kind}-${i.name}`}
            columns={columns}
            dataSource={p.items}
            size="small"
            scroll={{ x: 'max-content' }}
            pagination={false}
          />
        </Card>
      ))}
    </>
  );
}
