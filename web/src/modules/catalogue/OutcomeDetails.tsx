import { Alert, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { cite } from '../../../../src/modules/catalogue/citation';
import { MEASURES, type ProvisionRef } from '../../../../src/modules/catalogue/law/types';
import { formatFineRange, formatYuan } from '../../app/format';
import type { DiscretionOut } from './api';
import { FineText, GradeTag, MeasureTags } from './labels';

function Citations({ refs }: { refs: ProvisionRef[] }) {
  return (
    <Flex vertical gap={2}>
      {refs.map((r) => (
        <span key={cite(r)}>{cite(r)}</span>
      ))}
    </Flex>
  );
}

/** What the calculator decided: no penalty, a graded fine, or why it does not decide. */
export function OutcomeDetails({ out }: { out: DiscretionOut }) {
  const { t } = useTranslation();
  const r = out.result;

  if (r.outcome === 'refused') return <Alert type="warning" showIcon title={t('outcome.refused')} description={r.message} />;

  if (r.outcome === 'noPenalty') {
    return (
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'outcome',
            label: t('outcome.decision'),
            children: (
              <Flex wrap gap={4}>
                <Tag color="green">{t('outcome.noPenalty')}</Tag>
                <Tag color={r.mandatory ? 'blue' : 'cyan'}>{t(r.mandatory ? 'outcome.mandatory' : 'outcome.discretionary')}</Tag>
              </Flex>
            ),
          },
          { key: 'basis', label: t('outcome.legalBasis'), children: <Citations refs={r.legalBasis} /> },
        ]}
      />
    );
  }

  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'grade', label: t('outcome.grade'), children: <GradeTag grade={r.grade} data-testid="calculator-grade" /> },
        { key: 'range', label: t('outcome.range'), children: formatFineRange(r.range) },
        { key: 'statutory', label: t('outcome.statutory'), children: <FineText range={out.statutory} /> },
        {
          key: 'suggested',
          label: t('outcome.suggested'),
          children: (
            <>
              <Typography.Text strong style={{ fontSize: 20 }} data-testid="calculator-suggested">
                {formatYuan(r.suggested)}
              </Typography.Text>
              {/* Decision documents write the amount in figures: 人民币15600元. */}
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {t('outcome.exact', { amount: r.suggested })}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'measures',
          label: t('outcome.measures'),
          children: r.measures.length ? <MeasureTags labels={r.measures.map((m) => MEASURES[m])} /> : t('common.none'),
        },
        { key: 'basis', label: t('outcome.legalBasis'), children: <Citations refs={r.legalBasis} /> },
      ]}
    />
  );
}
