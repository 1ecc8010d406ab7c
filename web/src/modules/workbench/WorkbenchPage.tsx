import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { errorText } from '../../app/api';
import { PageTitle } from '../../app/Layout';
import { AgendaCard } from '../cases/AgendaCard';
import { useLedgerHead } from '../ledger/api';
import { usePeople } from '../people/api';
import { FiguresCard } from '../people/FiguresCard';
import { EnterpriseHazardsPage } from '../inspections/EnterpriseHazardsPage';
import { HazardFiguresCard } from '../inspections/HazardFiguresCard';
import { OverdueHazardsCard } from '../inspections/OverdueHazardsCard';
import { OverdueDisclosuresCard } from '../disclosure/OverdueDisclosuresCard';
import { RoleTags } from '../people/PersonTags';
import { PlanProgressCard } from '../plans/PlanProgressCard';

/** A count card; errors show in place so one failing API does not blank the page. */
function CountCard({ title, value, error }: { title: string; value: number | undefined; error: unknown }) {
  return (
    <Card>
      <Statistic title={title} value={value ?? '-'} loading={value === undefined && error == null} />
      {error != null && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
    </Card>
  );
}

export function WorkbenchPage() {
  const user = useUser();
  // An enterprise user lands on their enterprise's hazards: the only thing they may act on.
  return can(user.roles, 'rectify') ? <EnterpriseHazardsPage /> : <StaffWorkbench />;
}

function StaffWorkbench() {
  const { t } = useTranslation();
  const user = useUser();
  const mayViewPeople = can(user.roles, 'viewPeople');
  const mayViewLedger = can(user.roles, 'viewLedger');
  const people = usePeople({}, 1, 1, mayViewPeople);
  const ledgerHead = useLedgerHead(mayViewLedger);

  return (
    <>
      <PageTitle>{t('nav.workbench')}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card>
            <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
              {t('workbench.greeting', { name: user.displayName })}
            </Typography.Title>
            <Typography.Paragraph>{t('workbench.org', { org: user.orgName })}</Typography.Paragraph>
            {user.roles.length > 0 ? (
              <RoleTags roles={user.roles} />
            ) : (
              <Typography.Text type="secondary">{t('workbench.noRoles')}</Typography.Text>
            )}
          </Card>
        </Col>
        {mayViewPeople && (
          <Col xs={24} sm={12} lg={6}>
            <CountCard title={t('workbench.peopleCount')} value={people.data?.total} error={people.error} />
          </Col>
        )}
        {mayViewLedger && (
          <Col xs={24} sm={12} lg={6}>
            <CountCard title={t('workbench.ledgerHead')} value={ledgerHead.data} error={ledgerHead.error} />
          </Col>
        )}
        {can(user.roles, 'viewEnterprises') && (
          <Col span={24}>
            <AgendaCard />
          </Col>
        )}
        {can(user.roles, 'viewEnterprises') && (
          <Col span={24}>
            <PlanProgressCard />
          </Col>
        )}
        {can(user.roles, 'inspect') && (
          <Col span={24}>
            <OverdueHazardsCard />
          </Col>
        )}
        {can(user.roles, 'withdrawDisclosures') && (
          <Col span={24}>
            <OverdueDisclosuresCard />
          </Col>
        )}
        {can(user.roles, 'viewInspections') && (
          <Col span={24}>
            <HazardFiguresCard />
          </Col>
        )}
        {mayViewPeople && (
          <Col span={24}>
            <FiguresCard />
          </Col>
        )}
      </Row>
    </>
  );
}
