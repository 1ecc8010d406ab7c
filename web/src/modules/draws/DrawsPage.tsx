import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatNumber } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { AnnounceModal } from './AnnounceModal';
import { useDraws, type DrawStatus, type DrawSummary } from './api';
import { DrawStatusTag } from './labels';

export function DrawsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [announcing, setAnnouncing] = useState(false);
  const [orgId, setOrgId] = useState<string | undefined>();
  const list = useDraws(page, pageSize, orgId);

  const columns: TableColumnsType<DrawSummary> = [
    { title: t('draws.name'), dataIndex: 'name', key: 'name', render: (name: string, d) => <Link to={`/draws/${d.id}`}>{name}</Link> },
    { title: t('draws.matter'), key: 'matter', render: (_, d) => `${d.matterCode} ${d.matterName}` },
    { title: t('draws.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('draws.drawDate'), dataIndex: 'drawDate', key: 'drawDate' },
    { title: t('draws.status'), dataIndex: 'status', key: 'status', render: (s: DrawStatus) => <DrawStatusTag status={s} /> },
    { title: t('draws.total'), dataIndex: 'total', key: 'total', align: 'right', render: formatNumber },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('draws.listTitle')}</PageTitle>
        {can(user.roles, 'draw.run') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAnnouncing(true)}>
            {t('draws.announce')}
          </Button>
        )}
      </Flex>
      <Card>
        <div style={{ marginBottom: 16 }}>
          <OrgTreeSelect
            value={orgId}
            onChange={(v) => {
              setOrgId(v);
              setPage(1);
            }}
            placeholder={t('draws.org')}
            allowClear
          />
        </div>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<DrawSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          data-testid="draw-table"
        />
      </Card>
      {announcing && <AnnounceModal onClose={() => setAnnouncing(false)} onAnnounced={(d) => navigate(`/draws/${d.id}`)} />}
    </>
  );
}
