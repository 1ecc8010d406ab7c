import { Alert, Card, Descriptions, Flex, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { usePlan } from './api';
import { IssueTasksButton } from './IssueTasksButton';
import { ItemsEditor } from './ItemsEditor';
import { ItemsView } from './ItemsView';
import { PlanStatusTag } from './labels';
import { PlanActions } from './PlanActions';
import { ProgressTable } from './ProgressTable';

export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const plan = usePlan(id);
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  if (!plan.data) return <Spin />;
  const p = plan.data;
  const editable = p.status === 'draft' && can(user.roles, 'plan.edit');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {p.title} <PlanStatusTag status={p.status} />
        </PageTitle>
        <Flex gap={8}>
          <IssueTasksButton plan={p} />
          <PlanActions plan={p} />
        </Flex>
      </Flex>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'org', label: t('plans.org'), children: p.orgName },
            { key: 'year', label: t('plans.year'), children: p.year },
            { key: 'status', label: t('plans.status'), children: t(`plans.statuses.${p.status}`) },
            { key: 'updatedAt', label: t('plans.updatedAt'), children: formatDateTime(p.updatedAt) },
          ]}
        />
        {p.status === 'draft' && p.returnReason && (
          <Alert type="warning" showIcon style={{ margin: '12px 0' }} title={t('plans.returnedBecause', { reason: p.returnReason })} />
        )}
        {p.status !== 'draft' && p.status !== 'published' && can(user.roles, 'plan.edit') && (
          <Alert type="info" showIcon style={{ margin: '12px 0' }} title={t('plans.lockedHint')} />
        )}
        <Tabs
          items={[
            // Keyed by plan so moving to another plan starts the editor afresh.
            { key: 'items', label: t('plans.tabItems'), children: editable ? <ItemsEditor key={p.id} plan={p} /> : <ItemsView plan={p} /> },
            { key: 'progress', label: t('plans.tabProgress'), children: <ProgressTable planId={p.id} /> },
          ]}
        />
      </Card>
    </>
  );
}
