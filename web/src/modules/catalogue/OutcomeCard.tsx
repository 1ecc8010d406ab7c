import { Alert, Card, Descriptions, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../app/format';
import type { DiscretionOut, ProposedCheck } from './api';
import { periodText } from './labels';
import { OutcomeDetails } from './OutcomeDetails';
import { ReasonsBlock } from './ReasonsBlock';

function CheckAlert({ check, amount }: { check: ProposedCheck; amount: string }) {
  const { t } = useTranslation();
  if (!check.allowed) {
    return <Alert type="error" showIcon role="alert" title={t('outcome.checkRefused', { amount })} description={check.problem} />;
  }
  if (check.needsLegalReview) {
    return <Alert type="warning" showIcon title={t('outcome.checkReview')} description={t('outcome.checkReviewText', { amount })} />;
  }
  return <Alert type="success" showIcon title={t('outcome.checkOk', { amount })} />;
}

interface Props {
  out: DiscretionOut | undefined;
  /** The amount the officer proposed, for the check's wording. */
  proposedAmount: number | undefined;
}

export function OutcomeCard({ out, proposedAmount }: Props) {
  const { t } = useTranslation();
  const b = out?.benchmark;
  return (
    <Card title={t('outcome.title')} data-testid="calculator-outcome">
      {!out || !b ? (
        <Empty description={t('calculator.empty')} />
      ) : (
        <Flex vertical gap={16}>
          <OutcomeDetails out={out} />
          {out.proposedCheck && proposedAmount !== undefined && <CheckAlert check={out.proposedCheck} amount={formatYuan(proposedAmount)} />}
          {out.result.outcome !== 'refused' && (
            <>
              <ReasonsBlock text={out.result.reasons} />
              <Descriptions
                title={t('outcome.benchmark')}
                size="small"
                column={1}
                items={[
                  { key: 'org', label: t('benchmarks.madeBy'), children: b.orgName },
                  { key: 'period', label: t('benchmarks.period'), children: periodText(t, b) },
                  { key: 'basis', label: t('benchmarks.basisDocument'), children: b.basisDocument },
                ]}
              />
            </>
          )}
        </Flex>
      )}
    </Card>
  );
}
