import { Card, Col, Row, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { PageTitle } from '../../app/Layout';
import { buildCards } from '../../app/modules';
import { useModules } from '../../app/ModulesContext';
import { EnterpriseHazardsPage } from '../inspections/EnterpriseHazardsPage';
import { RoleTags } from '../people/PersonTags';

export function WorkbenchPage() {
  const user = useUser();
  // An enterprise user lands on their enterprise's hazards: the only thing they may act on.
  return can(user.roles, 'hazard.rectify') ? <EnterpriseHazardsPage /> : <StaffWorkbench />;
}

function StaffWorkbench() {
  const { t } = useTranslation();
  const user = useUser();
  // Each module brings its cards; a user sees those of the modules they may use.
  const cards = buildCards(useModules(), (capability) => can(user.roles, capability));

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
            {user.roles.length > 0 ? <RoleTags roles={user.roles} /> : <Typography.Text type="secondary">{t('workbench.noRoles')}</Typography.Text>}
          </Card>
        </Col>
        <Suspense fallback={<Spin />}>
          {cards.map(({ order, component: Content, size }) => (
            <Col key={order} {...(size === 'figure' ? { xs: 24, sm: 12, lg: 6 } : { span: 24 })}>
              <Content />
            </Col>
          ))}
        </Suspense>
      </Row>
    </>
  );
}
