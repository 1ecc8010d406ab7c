import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatNumber } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { useMatters, type Matter } from './api';
import { filterSummary, ratioText, strataLabel } from './labels';
import { MatterFormModal } from './MatterFormModal';

export function MattersPage() {
  const { t } = useTranslation();
  const user = useUser();
  const operator = can(user.roles, 'draw.run');
  const matters = useMatters();
  // null: closed; undefined inside: a new matter.
  const [editing, setEditing] = useState<{ matter?: Matter } | null>(null);

  const columns: TableColumnsType<Matter> = [
    { title: t('draws.code'), dataIndex: 'code', key: 'code', sorter: (a, b) => (a.code < b.code ? -1 : 1) },
    {
      title: t('draws.matter'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, m) => (
        <>
          {name} {!m.active && <Tag>{t('draws.inactive')}</Tag>}
        </>
      ),
    },
    { title: t('draws.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('draws.legalBasis'), dataIndex: 'legalBasis', key: 'legalBasis', width: 260 },
    { title: t('draws.checklist'), dataIndex: 'checklistCode', key: 'checklistCode' },
    { title: t('draws.ratio'), dataIndex: 'ratioPermille', key: 'ratio', render: ratioText, sorter: (a, b) => a.ratioPermille - b.ratioPermille },
    { title: t('draws.frequency'), dataIndex: 'frequency', key: 'frequency' },
    { title: t('draws.target'), key: 'target', render: (_, m) => filterSummary(t, m.targetFilter) },
    { title: t('draws.strataBy'), dataIndex: 'strataBy', key: 'strataBy', render: (s: Matter['strataBy']) => strataLabel(t, s) },
    {
      title: t('draws.poolSize'),
      dataIndex: 'poolSize',
      key: 'poolSize',
      align: 'right',
      render: (n?: number) => (n === undefined ? '' : formatNumber(n)),
      sorter: (a, b) => (a.poolSize ?? 0) - (b.poolSize ?? 0),
    },
  ];
  if (operator) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, m) => (
        <Button type="link" onClick={() => setEditing({ matter: m })} aria-label={`${t('draws.edit')} ${m.code}`}>
          {t('draws.edit')}
        </Button>
      ),
    });
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('draws.mattersTitle')}</PageTitle>
        {operator && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('draws.addMatter')}
          </Button>
        )}
      </Flex>
      <Card>
        {matters.isError && <ErrorAlert error={matters.error} />}
        <Table<Matter>
          rowKey="id"
          columns={columns}
          dataSource={matters.data}
          loading={matters.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ showTotal: (total) => t('common.total', { total }) }}
          data-testid="matter-table"
        />
      </Card>
      {editing && <MatterFormModal matter={editing.matter} onClose={() => setEditing(null)} />}
    </>
  );
}
