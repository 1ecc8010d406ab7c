import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../app/api';
import { useUser } from '../../app/auth';
import { usePlanProgress, usePlans } from './api';
import { PlanStatusTag, ShortfallTag } from './labels';

/** The workbench's view of this year's plan of the user's own org. */
export function PlanProgressCard() {
  const { t } = useTranslation();
  const user = useUser();
  const year = new Date().getFullYear();
  const plans = usePlans({ orgId: user.orgId, year });
  const plan = plans.data?.find((p) => p.orgId === user.orgId);
  const progress = usePlanProgress(plan?.id);
  const items = progress.data?.items ?? [];
  const sum = (f: (i: (typeof items)[number]) => number) => items.reduce((a, i) => a + f(i), 0);
  const error = plans.error ?? progress.error;

  return (
    <Card title={t('plans.workbenchTitle', { year })} loading={plans.isLoading || (plan !== undefined && progress.isLoading)}>
      {error != null ? (
        <Typography.Text type="danger">{errorText(error)}</Typography.Text>
      ) : !plan ? (
        <Typography.Text type="secondary">{t('plans.workbenchNone', { year })}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
            <PlanStatusTag status={plan.status} />
          </Flex>
          <Flex gap={32} wrap>
            <Statistic title={t('plans.workbenchDone')} value={`${sum((i) => i.totalDone)} / ${sum((i) => i.totalTarget)}`} />
            <Statistic title={t('plans.dueTarget')} value={sum((i) => i.dueTarget)} />
            <Statistic title={t('plans.dueDone')} value={sum((i) => i.dueDone)} />
          </Flex>
          {items
            .filter((i) => i.behind)
            .map((i) => (
              <span key={i.index}>
                {i.name} <ShortfallTag shortfall={i.shortfall} />
              </span>
            ))}
        </Flex>
      )}
    </Card>
  );
}
