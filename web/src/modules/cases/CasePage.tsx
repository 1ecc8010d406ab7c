import { Button, Card, Descriptions, Flex, Space, Spin, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { REVIEW_STATES, type CaseEventName, type CaseState } from '../../../../src/modules/cases/workflow/machine';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime, formatYuan } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { useCase, useCaseTransfer, type LegalReviewRow } from './api';
import { CaseDocumentsCard } from './CaseDocumentsCard';
import { CaseFileCard } from './CaseFileCard';
import { CaseEvidenceCard } from './CaseEvidenceCard';
import { CaseInterviewsCard } from './CaseInterviewsCard';
import { CaseCollectionCard } from './CaseCollectionCard';
import { CaseDeliberationsCard } from './CaseDeliberationsCard';
import { EventModal } from './EventModal';
import { CaseStateTag, DeadlineTag } from './labels';
import { ReviewModal } from './ReviewModal';

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const detail = useCase(id);
  // 行刑衔接: a case once transferred to the police links to its transfer record.
  const transferred = !!detail.data?.events.some((e) => e.event === 'transferToPolice');
  const transfer = useCaseTransfer(id, transferred && can(user.roles, 'criminalTransfer.read'));
  const [taking, setTaking] = useState<{ event: CaseEventName; name: string } | null>(null);
  const [reviewing, setReviewing] = useState(false);
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <Spin />;
  const c = detail.data;
  // The server refuses a reviewer who investigated the case; the button is only a convenience.
  const mayReview = REVIEW_STATES.includes(c.state as CaseState) && can(user.roles, 'case.review') && !c.investigatorIds.includes(user.id);
  const fen = (v: number | null) => (v === null ? '—' : formatYuan(v / 100));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {c.partyName} <CaseStateTag state={c.state} name={c.stateName} />
        </PageTitle>
        <Space wrap data-testid="case-actions">
          {c.availableEvents.map((e) => (
            <Button key={e.event} onClick={() => setTaking(e)}>
              {e.name}
            </Button>
          ))}
          {mayReview && (
            <Button type="primary" onClick={() => setReviewing(true)}>
              {t('cases.review')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'deadline', label: t('cases.nextDeadline'), children: <DeadlineTag deadline={c.nextDeadline} /> },
            { key: 'org', label: t('cases.org'), children: c.orgName },
            { key: 'procedure', label: t('cases.procedure'), children: t(`cases.procedures.${c.procedure}`) },
            { key: 'violation', label: t('cases.violation'), children: `${c.violationTitle}（${c.violationTypeCode}，${c.violationDate}）` },
            { key: 'fine', label: t('cases.fine'), children: c.penalty ? formatYuan(c.penalty.fineYuan) : '—' },
            ...(c.fineCredit
              ? [
                  { key: 'fineCredit', label: t('cases.fineCredit'), children: c.fineCredit.text },
                  {
                    key: 'payable',
                    label: t('cases.payableFine'),
                    children:
                      c.payableFineYuan === null
                        ? t('cases.payableAfterDecision', { credit: formatYuan(c.fineCredit.deductedYuan) })
                        : t('cases.payableFineText', {
                            payable: formatYuan(c.payableFineYuan),
                            credit: formatYuan(Math.min(c.fineCredit.deductedYuan, c.penalty?.fineYuan ?? 0)),
                            article: c.fineCredit.noFurtherFine ? '第三十五条第二款' : '第二十九条',
                          }),
                  },
                ]
              : []),
            {
              key: 'benchmark',
              label: t('cases.benchmark'),
              children: c.penalty ? (c.withinBenchmark ? t('cases.withinBenchmark') : t('cases.outsideBenchmark')) : '—',
            },
            { key: 'decisionNumber', label: t('cases.decisionNumber'), children: c.decisionNumber ?? '—' },
            { key: 'filedOn', label: t('cases.dates.filedOn'), children: c.filedOn ?? '—' },
            {
              key: 'decisionDueOn',
              label: t('cases.dates.decisionDueOn'),
              children: [
                c.decisionDueOn ?? '—',
                c.decisionExtendedDays > 0 && t('cases.extended', { count: c.decisionExtendedDays }),
                c.decisionExtensionRequest && t('cases.extensionPending', { days: c.decisionExtensionRequest.days }),
              ]
                .filter(Boolean)
                .join('；'),
            },
            { key: 'statement', label: t('cases.dates.statementPeriodEndsOn'), children: c.statementPeriodEndsOn ?? '—' },
            { key: 'hearingRequest', label: t('cases.dates.hearingRequestEndsOn'), children: c.hearingRequestEndsOn ?? '—' },
            ...c.waivers.map((w, i) => ({
              key: `waiver${i}`,
              label: t('cases.waiver.rights'),
              children: t('cases.waiver.listed', {
                rights: w.waives.map((r) => t(`cases.waiver.rightNames.${r}`)).join('、'),
                date: w.waivedOn,
                signer: w.signer,
              }),
            })),
            { key: 'payment', label: t('cases.dates.paymentDueOn'), children: c.paymentDueOn ?? '—' },
            {
              key: 'paid',
              label: t('cases.paid'),
              children: c.paidOn ? `${c.paidOn} ${fen(c.paidFen)}（${t('cases.surcharge')} ${fen(c.surchargeFen)}）` : '—',
            },
            { key: 'ceiling', label: t('cases.delegationCeiling'), children: c.delegationCeilingYuan === null ? '—' : formatYuan(c.delegationCeilingYuan) },
            ...(transfer.data
              ? [{ key: 'transfer', label: t('cases.transfer'), children: <Link to={`/transfers/${transfer.data.id}`}>{t('cases.transferRecord')}</Link> }]
              : []),
          ]}
        />
        {c.discretion && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('cases.calculatorReasons')}
            {c.discretion.reasons}
          </Typography.Paragraph>
        )}
      </Card>
      <CaseEvidenceCard detail={c} />
      <CaseInterviewsCard detail={c} />
      <CaseCollectionCard detail={c} />
      <CaseFileCard detail={c} />
      <CaseDocumentsCard detail={c} />
      <CaseDeliberationsCard detail={c} />
      <Card title={t('cases.timeline')} style={{ marginBottom: 16 }}>
        <Timeline
          items={c.events.map((e) => ({
            key: e.version,
            children: (
              <>
                <Typography.Text strong>{e.eventName}</Typography.Text> {formatDateTime(e.at)} {e.actorName ?? ''}
                {e.opinion && <div>{e.opinion}</div>}
                {e.instrumentNumbers.length > 0 && <Typography.Text type="secondary">{e.instrumentNumbers.join('、')}</Typography.Text>}
              </>
            ),
          }))}
        />
      </Card>
      {c.reviews.length > 0 && (
        <Card title={t('cases.reviews')}>
          <Table<LegalReviewRow>
            rowKey="id"
            pagination={false}
            dataSource={c.reviews}
            columns={[
              { title: t('cases.reviewer'), dataIndex: 'reviewerName', key: 'reviewerName' },
              { title: t('cases.outcome'), dataIndex: 'outcome', key: 'outcome', render: (o: string) => t(`cases.outcomes.${o as 'pass'}`) },
              { title: t('cases.reviewOpinion'), dataIndex: 'opinion', key: 'opinion' },
              { title: t('cases.at'), dataIndex: 'at', key: 'at', render: (v: string) => formatDateTime(v) },
            ]}
          />
        </Card>
      )}
      {taking && <EventModal detail={c} event={taking.event} name={taking.name} onClose={() => setTaking(null)} />}
      {reviewing && <ReviewModal detail={c} onClose={() => setReviewing(false)} />}
    </>
  );
}
