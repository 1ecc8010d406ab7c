import { Card, Empty, Spin, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useChecklists, type CitedChecklist } from './api';
import { scopeLabel } from './labels';

type Item = CitedChecklist['items'][number];

function ItemTable({ checklist }: { checklist: CitedChecklist }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Item> = [
    { title: t('checklists.code'), dataIndex: 'code', key: 'code' },
    { title: t('checklists.item'), dataIndex: 'text', key: 'text', width: 420 },
    { title: t('checklists.basis'), dataIndex: 'citation', key: 'citation', width: 240 },
    {
      title: t('checklists.violationType'),
      dataIndex: 'violationTypeCode',
      key: 'violationTypeCode',
      render: (code?: string) =>
        code && (
          <Link to={`/catalogue/violations/${encodeURIComponent(code)}`}>
            <Tag color="blue">{code}</Tag>
          </Link>
        ),
    },
    {
      title: t('checklists.majorHazard'),
      dataIndex: 'majorHazardCode',
      key: 'majorHazardCode',
      render: (code?: string) =>
        code && (
          <Link to={`/catalogue/major-hazards#${code}`}>
            <Tag color="red">{code}</Tag>
          </Link>
        ),
    },
  ];
  return (
    <>
      <Typography.Paragraph>
        <Typography.Text strong>{checklist.title}</Typography.Text>{' '}
        <Typography.Text type="secondary">{t('checklists.itemCount', { count: checklist.items.length })}</Typography.Text>
      </Typography.Paragraph>
      <Table<Item>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={checklist.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}

/** 检查表 by scope: the general one for every enterprise, then by industry and special area. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const lists = useChecklists();
  const [params, setParams] = useSearchParams();

  let body;
  if (lists.isPending) body = <Spin />;
  else if (lists.isError) body = <ErrorAlert error={lists.error} />;
  else if (lists.data.length === 0) body = <Empty />;
  else {
    const active = lists.data.find((c) => c.code === params.get('list'))?.code ?? lists.data[0].code;
    body = (
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ list: key }, { replace: true })}
        items={lists.data.map((c) => ({ key: c.code, label: scopeLabel(t, c.scope), children: <ItemTable checklist={c} /> }))}
      />
    );
  }

  return (
    <>
      <PageTitle>{t('checklists.title')}</PageTitle>
      <Card>{body}</Card>
    </>
  );
}
