import { Alert, Card, Descriptions, Flex, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { InstrumentsCard } from './InstrumentsCard';
import { type Repair, repairUrl, useRepair } from './api';
import { RepairStateTag } from './EnterpriseCredit';
import { DecideRepairForm, ReviewRepairForm, RevokeRepairForm } from './RepairForms';

/** One application for early removal: the conditions as claimed, each step so far, its instruments, the reader's next step. */
export function RepairPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useRepair(id);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const r = query.data;
  if (!r) return <Spin />;
  const staff = can(user.roles, 'credit.read');
  const decide = can(user.roles, 'credit.decide');
  const text = (label: string, value: string | null | undefined, span = 1) =>
    value ? (
      <Descriptions.Item key={label} label={t(`credit.repair.${label}` as 'credit.repair.title')} span={span}>
        {value}
      </Descriptions.Item>
    ) : null;
  // The one who reviewed it, or recorded it for the enterprise, does not decide it (职责分离).
  const barred = r.reviewedBy === user.id || (r.channel === 'counter' && r.appliedBy === user.id);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {t('credit.repair.pageTitle', { name: r.enterpriseName })} <RepairStateTag state={r.state} />
        </PageTitle>
        {staff && <Link to={`/credit/listings/${r.listingId}`}>{t('credit.repair.toListing')}</Link>}
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="credit-repair">
          <Descriptions.Item label={t('credit.enterprise')}>{r.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('credit.uscc')}>{r.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('credit.decisionNumber')}>{r.listingDecisionNumber}</Descriptions.Item>
          <Descriptions.Item label={t('credit.org')}>{r.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('credit.listedOn')}>{r.listedOn}</Descriptions.Item>
          <Descriptions.Item label={t('credit.termEndsOn')}>{r.termEndsOn}</Descriptions.Item>
          {text('appliedOn', r.appliedOn)}
          {text('channel', t(`credit.repair.channels.${r.channel}`))}
          {text('dueOn', r.dueOn)}
          {text('reviewedOn', r.reviewedOn)}
          {text('opinion', r.reviewOpinion && t(`credit.repair.opinions.${r.reviewOpinion}`))}
          {text('reviewNote', r.reviewNote, 2)}
          {text('decision', r.decision && t(`credit.repair.decisions.${r.decision}`))}
          {text('decidedOn', r.decidedOn)}
          {text('decisionNumber', r.decisionNumber)}
          {text('decisionReason', r.decisionReason, 2)}
          {text('revokedOn', r.revokedOn)}
          {text('revocationNumber', r.revocationNumber)}
          {text('revocationReason', r.revocationReason, 2)}
        </Descriptions>
      </Card>
      <Card title={t('credit.repair.claims')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={r.claims}
          columns={[
            { title: t('credit.repair.condition'), dataIndex: 'label', key: 'label', width: 320 },
            { title: t('credit.repair.basis'), dataIndex: 'basis', key: 'basis', width: 260 },
            {
              title: t('credit.repair.met'),
              key: 'met',
              render: (_, c) => (c.met ? t('credit.repair.yes') : c.required ? t('credit.repair.notMet') : t('credit.repair.no')),
            },
            { title: t('credit.repair.evidence'), dataIndex: 'evidence', key: 'evidence', width: 320 },
          ]}
        />
      </Card>
      <Instruments r={r} />
      {r.state === 'applied' && can(user.roles, 'credit.handle') && <ReviewRepairForm r={r} />}
      {r.state === 'reviewed' &&
        decide &&
        (barred ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('credit.repair.reviewerCannotDecide')} /> : <DecideRepairForm r={r} />)}
      {r.state === 'approved' && decide && <RevokeRepairForm r={r} />}
    </>
  );
}

/** 信用修复决定书 and 撤销提前移出决定书, once numbered. */
function Instruments({ r }: { r: Repair }) {
  const { t } = useTranslation();
  const rows = [
    { kind: 'decision', title: t('credit.repair.decisionInstrument'), number: r.decisionNumber },
    { kind: 'revocation', title: t('credit.repair.revocationInstrument'), number: r.revocationNumber },
  ];
  return <InstrumentsCard base={repairUrl(r.id)} rows={rows} testId="credit-repair-instrument" />;
}
