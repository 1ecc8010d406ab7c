import { Alert, Card, Col, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { currentLang } from '../../app/i18n';
import { usePeopleFigures, type CredentialAlert } from './api';

function percent(share: number): string {
  return new Intl.NumberFormat(currentLang(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

function Alerts({ title, items, danger }: { title: string; items: CredentialAlert[]; danger?: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CredentialAlert> = [
    { title: t('people.name'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('people.credentialNumber'), dataIndex: 'number', key: 'number' },
    {
      title: t('people.validTo'),
      dataIndex: 'validTo',
      key: 'validTo',
      render: (d: string) => <Typography.Text type={danger ? 'danger' : 'warning'}>{d}</Typography.Text>,
    },
  ];
  return (
    <Table<CredentialAlert>
      size="small"
      rowKey={(c) => `${c.userId}/${c.number}`}
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      columns={columns}
      dataSource={items}
      locale={{ emptyText: t('common.none') }}
      pagination={items.length > 5 ? { pageSize: 5, size: 'small' } : false}
      scroll={{ x: 'max-content' }}
    />
  );
}

/** 执法人员数, 持证率 and the legal reviewers' share, with credentials to renew. */
export function FiguresCard() {
  const { t } = useTranslation();
  const figures = usePeopleFigures(undefined);
  const f = figures.data;

  return (
    <Card title={f ? t('figures.titleFor', { org: f.orgName }) : t('figures.title')} loading={figures.isPending}>
      {figures.isError && <ErrorAlert error={figures.error} />}
      {f && (
        <>
          {!f.reviewerShareMet && <Alert type="error" showIcon role="alert" title={t('figures.reviewerShareLow')} style={{ marginBottom: 16 }} />}
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={8}>
              <Statistic title={t('figures.officers')} value={f.officers} />
            </Col>
            <Col xs={24} sm={8}>
              <Statistic title={t('figures.certifiedShare')} value={percent(f.certifiedShare)} />
              <Typography.Text type="secondary">{t('figures.certified', { count: f.certified })}</Typography.Text>
            </Col>
            <Col xs={24} sm={8}>
              <Statistic
                title={t('figures.legalReviewers')}
                value={f.legalReviewers}
                styles={f.reviewerShareMet ? undefined : { content: { color: '#cf1322' } }}
              />
              <Typography.Text type={f.reviewerShareMet ? 'secondary' : 'danger'}>
                {t('figures.reviewerShare', { share: percent(f.legalReviewerShare) })}
              </Typography.Text>
            </Col>
            <Col xs={24} md={12}>
              <Alerts title={t('figures.expiringSoon')} items={f.expiringSoon} />
            </Col>
            <Col xs={24} md={12}>
              <Alerts title={t('figures.expired')} items={f.expired} danger />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
