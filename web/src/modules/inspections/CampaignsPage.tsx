import { Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { type Campaign, useCampaigns } from './campaigns-api';
import { CreateCampaignModal } from './CreateCampaignModal';
import { CampaignStatusTag, scopeIndustryLabel } from './labels';

/** 专项整治: the subtree's and those the orgs above run over it; leaders launch new ones. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useCampaigns();

  const columns: TableColumnsType<Campaign> = [
    {
      title: t('inspections.campaigns.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, c) => <Link to={`/inspections/campaigns/${c.id}`}>{name}</Link>,
    },
    { title: t('inspections.campaigns.org'), dataIndex: 'orgName', key: 'org' },
    { title: t('inspections.campaigns.period'), key: 'period', render: (_, c) => `${c.startsOn} 至 ${c.endsOn}` },
    {
      title: t('inspections.campaigns.industries'),
      key: 'industries',
      render: (_, c) => (c.industryCodes.length ? c.industryCodes.map(scopeIndustryLabel).join('、') : t('inspections.campaigns.allIndustries')),
    },
    { title: t('inspections.campaigns.status'), dataIndex: 'status', key: 'status', render: (s: Campaign['status']) => <CampaignStatusTag status={s} /> },
  ];

  return (
    <>
      <PageTitle>{t('inspections.campaigns.title')}</PageTitle>
      <Card>
        <Flex justify="end" style={{ marginBottom: 16 }}>
          {can(user.roles, 'campaign.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="new-campaign">
              {t('inspections.campaigns.new')}
            </Button>
          )}
        </Flex>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<Campaign>
          rowKey="id"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('inspections.campaigns.none')}</Typography.Text> }}
          data-testid="campaign-table"
        />
      </Card>
      {creating && <CreateCampaignModal onClose={() => setCreating(false)} onCreated={(c) => navigate(`/inspections/campaigns/${c.id}`)} />}
    </>
  );
}
