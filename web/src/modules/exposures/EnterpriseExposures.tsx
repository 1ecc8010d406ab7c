import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { type Exposure, type Summons, useEnterpriseExposures } from './api';
import { ExposureStateTag, KindTag, SummonsStateTag } from './labels';

/** On the enterprise's credit page: the exposures and typical cases about it, and its summonses. */
export function EnterpriseExposures({ enterpriseId, staff }: { enterpriseId: string; staff: boolean }) {
  const { t } = useTranslation();
  const query = useEnterpriseExposures(enterpriseId);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const empty = (s: string) => <Typography.Text type="secondary">{s}</Typography.Text>;
  return (
    <>
      <Card title={t('exposures.enterpriseCard.exposures')} size="small" style={{ marginBottom: 16 }}>
        <Table<Exposure>
          rowKey="id"
          size="small"
          pagination={false}
          loading={query.isLoading}
          dataSource={query.data?.exposures}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: empty(t('exposures.enterpriseCard.noExposures')) }}
          data-testid="credit-exposures"
          columns={[
            { title: t('exposures.kind'), dataIndex: 'kind', key: 'kind', render: (k: Exposure['kind']) => <KindTag kind={k} /> },
            {
              title: t('exposures.titleField'),
              dataIndex: 'title',
              key: 'title',
              width: 300,
              render: (s: string, e) => (staff ? <Link to={`/exposures/${e.id}`}>{s}</Link> : (e.document?.title ?? s)),
            },
            { title: t('exposures.penaltyDecision'), dataIndex: 'penaltyDecisionNumber', key: 'penaltyDecisionNumber', render: (s: string | null) => s ?? '—' },
            { title: t('exposures.org'), dataIndex: 'orgName', key: 'orgName' },
            { title: t('exposures.state'), dataIndex: 'state', key: 'state', render: (s: Exposure['state']) => <ExposureStateTag state={s} /> },
            { title: t('exposures.publishedOn'), dataIndex: 'publishedOn', key: 'publishedOn', render: (d: string | null) => d ?? '—' },
          ]}
        />
      </Card>
      <Card title={t('exposures.enterpriseCard.summons')} size="small" style={{ marginBottom: 16 }}>
        <Table<Summons>
          rowKey="id"
          size="small"
          pagination={false}
          loading={query.isLoading}
          dataSource={query.data?.summons}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: empty(t('exposures.enterpriseCard.noSummons')) }}
          data-testid="credit-summons"
          columns={[
            {
              title: t('exposures.summons.heldOn'),
              dataIndex: 'heldOn',
              key: 'heldOn',
              render: (d: string, s) => (staff ? <Link to={`/exposures/summons/${s.id}`}>{d}</Link> : d),
            },
            { title: t('exposures.summons.org'), dataIndex: 'orgName', key: 'orgName' },
            { title: t('exposures.summons.matters'), dataIndex: 'matters', key: 'matters', width: 300 },
            { title: t('exposures.summons.commitments'), dataIndex: 'commitments', key: 'commitments', width: 240 },
            { title: t('exposures.summons.followUpOn'), dataIndex: 'followUpOn', key: 'followUpOn' },
            { title: t('exposures.state'), dataIndex: 'state', key: 'state', render: (s: Summons['state']) => <SummonsStateTag state={s} /> },
          ]}
        />
      </Card>
    </>
  );
}
