import { Alert, Card, Descriptions, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { chinaToday } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { InstrumentsCard } from './InstrumentsCard';
import { type Listing, listingUrl, useListing } from './api';
import { ListingRepairs } from './EnterpriseCredit';
import { ListingStateTag } from './labels';
import { DecideForm, NoticeForm, ServeForm, StatementForm } from './ListingForms';

/** One listing: the decision it rests on, each step taken so far, its instruments, and the next step for the reader. */
export function ListingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useListing(id);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const l = query.data;
  if (!l) return <Spin />;
  const handle = can(user.roles, 'credit.handle');
  const today = chinaToday();
  const periodRunning = l.state === 'noticed' && !l.statementOn && !!l.statementDueOn && today <= l.statementDueOn;
  const item = (key: keyof Listing & string, label: string = key) =>
    l[key] ? (
      <Descriptions.Item key={key} label={t(`credit.${label}` as 'credit.facts')}>
        {String(l[key])}
      </Descriptions.Item>
    ) : null;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {l.enterpriseName} <ListingStateTag state={l.state} />
        </PageTitle>
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="credit-listing">
          {item('enterpriseName', 'enterprise')}
          {item('uscc')}
          {item('penaltyDecisionNumber', 'penaltyDecision')}
          {item('orgName', 'org')}
          <Descriptions.Item label={t('credit.criterion')} span={2}>
            {t(`credit.criteria.${l.criterion}`)}
          </Descriptions.Item>
          {item('basis')}
          {item('proposedOn')}
          <Descriptions.Item label={t('credit.facts')} span={2}>
            {l.facts}
          </Descriptions.Item>
          {item('noticeNumber')}
          {item('noticeServedOn')}
          {item('statementDueOn')}
          {item('statementOn')}
          {l.statement && (
            <Descriptions.Item label={t('credit.statement')} span={2}>
              {l.statement}
            </Descriptions.Item>
          )}
          {item('decisionNumber')}
          {item('decidedOn')}
          {l.decisionReason && (
            <Descriptions.Item label={t('credit.decisionReason')} span={2}>
              {l.decisionReason}
            </Descriptions.Item>
          )}
          {item('decisionServedOn')}
          {item('listedOn')}
          {item('termEndsOn')}
          {item('removedOn')}
          {l.removalReason && <Descriptions.Item label={t('credit.removalReason')}>{t(`credit.removalReasons.${l.removalReason}`)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Instruments l={l} />
      {periodRunning && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('credit.waitStatement', { date: l.statementDueOn })} />}
      {l.state === 'proposed' && handle && <NoticeForm l={l} />}
      {l.state === 'noticed' && handle && !l.statementOn && <StatementForm l={l} />}
      {l.state === 'noticed' &&
        can(user.roles, 'credit.decide') &&
        !periodRunning &&
        (l.proposedBy === user.id ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('credit.proposerCannotDecide')} />
        ) : (
          <DecideForm l={l} />
        ))}
      {l.state === 'listed' && handle && !l.decisionServedOn && <ServeForm l={l} />}
      {(l.state === 'listed' || l.state === 'removed') && <ListingRepairs listing={l} />}
    </>
  );
}

/** 列入告知书 and 列入决定书, once their acts have numbered them. */
function Instruments({ l }: { l: Listing }) {
  const { t } = useTranslation();
  const rows = [
    { kind: 'notice', title: t('credit.noticeInstrument'), number: l.noticeNumber },
    { kind: 'decision', title: t('credit.decisionInstrument'), number: l.decisionNumber },
  ];
  return <InstrumentsCard base={listingUrl(l.id)} rows={rows} testId="credit-instrument" />;
}
