import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuideKind } from '../../../../src/modules/licensing/guide-contract';
import { ErrorAlert } from '../../app/feedback';
import { PublicTitle } from '../../portal/PortalLayout';
import { useGuides } from './api';

/** Blue for a licence, purple for a filing: both dark enough on their tint for 4.5:1. */
export const KIND_COLOR: Record<GuideKind, string> = { license: 'blue', filing: 'purple' };

/** 办事指南 (事前公开): the licence matters, each with its periods and a link to its whole guide. */
export function PortalGuides() {
  const { t } = useTranslation();
  const guides = useGuides();
  return (
    <>
      <PublicTitle>{t('licensing.guides.title')}</PublicTitle>
      <Typography.Paragraph>{t('licensing.guides.intro')}</Typography.Paragraph>
      {guides.isError && <ErrorAlert error={guides.error} />}
      {guides.data?.items.length === 0 && <Typography.Paragraph>{t('licensing.guides.empty')}</Typography.Paragraph>}
      <Row gutter={[16, 16]}>
        {(guides.data?.items ?? []).map((g) => (
          <Col xs={24} md={12} key={g.code}>
            <Card loading={guides.isLoading} style={{ height: '100%' }} data-testid={`guide-${g.code}`}>
              <h2 style={{ fontSize: 17, margin: '0 0 8px' }}>
                <Link to={`/portal/licensing/${g.code}`}>{g.name}</Link>
              </h2>
              <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
                <Tag color={KIND_COLOR[g.kind]}>{t(`licensing.kinds.${g.kind}`)}</Tag>
                {g.issuingLevels.map((l) => (
                  <Tag key={l}>{t(`licensing.levels.${l}`)}</Tag>
                ))}
              </Space>
              <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 12px' }}>
                <dt>{t('licensing.guides.promised')}</dt>
                <dd style={{ margin: 0 }}>
                  <strong>{t('licensing.guides.workdays', { days: g.promisedDays })}</strong>
                </dd>
                <dt>{t('licensing.guides.statutory')}</dt>
                <dd style={{ margin: 0 }}>{t('licensing.guides.workdays', { days: g.statutoryDays })}</dd>
              </dl>
              <Link
                to={`/portal/licensing/${g.code}`}
                style={{ display: 'inline-block', marginTop: 8 }}
                aria-label={`${t('licensing.guides.open')}：${g.name}`}
              >
                {t('licensing.guides.open')}
              </Link>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
