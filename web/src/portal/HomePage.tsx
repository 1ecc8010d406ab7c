import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicTitle } from './PortalLayout';

const SECTIONS = [
  ['/portal/prior', 'prior'],
  ['/portal/licensing', 'guides'],
  ['/portal/disclosures', 'posterior'],
  ['/portal/draws', 'draws'],
  ['/portal/plans', 'plans'],
] as const;

/** 行政执法公示 home: what is published, before and after enforcement (国办发〔2018〕118号). */
export function PortalHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PublicTitle>{t('portal.home.title')}</PublicTitle>
      <Typography.Paragraph>{t('portal.home.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {SECTIONS.map(([to, key]) => (
          <Col xs={24} md={12} key={key}>
            <Card style={{ height: '100%' }}>
              <h2 style={{ fontSize: 18, margin: '0 0 8px' }}>
                <Link to={to}>{t(`portal.nav.${key}`)}</Link>
              </h2>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t(`portal.home.${key}`)}</Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
