import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useEnterprise } from './api';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { EnterpriseHistory } from './EnterpriseHistory';
import { EnterpriseInfo } from './EnterpriseInfo';
import { RiskTag } from './EnterpriseTags';

/** Tabs for modules still to come; they fill in as inspections, hazards, cases and credit land. */
const LATER = ['inspections', 'hazards', 'cases', 'credit'] as const;
const TABS = ['basic', 'history', ...LATER];

export function EnterpriseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const enterprise = useEnterprise(id);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const tab = TABS.includes(params.get('tab') ?? '') ? (params.get('tab') as string) : 'basic';

  const back = (
    <Link to="/enterprises">
      <ArrowLeftOutlined /> {t('enterprises.backToList')}
    </Link>
  );
  if (enterprise.isPending) return <Spin />;
  if (enterprise.isError) {
    return (
      <>
        {back}
        <ErrorAlert error={enterprise.error} />
      </>
    );
  }
  const e = enterprise.data;

  return (
    <>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Flex align="center" gap={8}>
          <PageTitle>{e.name}</PageTitle>
          <span style={{ marginBottom: 8 }}>
            <RiskTag grade={e.riskGrade} />
          </span>
        </Flex>
        {can(user.roles, 'enterprise.edit') && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('enterprises.edit')}
          </Button>
        )}
      </Flex>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'basic' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'basic', label: t('enterprises.tab.basic'), children: <EnterpriseInfo enterprise={e} /> },
            { key: 'history', label: t('enterprises.tab.history'), children: <EnterpriseHistory id={e.id} /> },
            ...LATER.map((key) => ({
              key,
              label: t(`enterprises.tab.${key}`),
              children: <Empty description={t('enterprises.comingSoon')} />,
            })),
          ]}
        />
      </Card>
      {editing && (
        <EnterpriseFormModal
          // A new version (after a reload on conflict) starts the form again from the saved values.
          key={e.version}
          enterprise={e}
          onClose={() => setEditing(false)}
          onReload={() => void queryClient.invalidateQueries({ queryKey: ['enterprises'] })}
        />
      )}
    </>
  );
}
