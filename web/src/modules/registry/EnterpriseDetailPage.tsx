import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { buildEnterpriseTabs } from '../../app/modules';
import { useModules } from '../../app/ModulesContext';
import { useEnterprise } from './api';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { EnterpriseHistory } from './EnterpriseHistory';
import { EnterpriseInfo } from './EnterpriseInfo';
import { RiskTag } from './EnterpriseTags';

export function EnterpriseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const enterprise = useEnterprise(id);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  // The registry's own tabs, then each module's part of the enterprise's story (its manifest's enterpriseTabs).
  const moduleTabs = buildEnterpriseTabs(useModules(), (capability) => can(user.roles, capability));
  const keys = ['basic', 'history', ...moduleTabs.map((m) => m.key)];
  const tab = keys.includes(params.get('tab') ?? '') ? (params.get('tab') as string) : 'basic';

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
            ...moduleTabs.map(({ key, label, component: Tab }) => ({ key, label: t(label as 'enterprises.tab.basic'), children: <Tab enterpriseId={e.id} /> })),
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
