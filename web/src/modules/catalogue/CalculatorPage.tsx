import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useDiscretion } from './api';
import { CalculatorForm } from './CalculatorForm';
import { OutcomeCard } from './OutcomeCard';

/** 自由裁量计算器: the benchmark in force on the day of the violation, applied to the facts. */
export function CalculatorPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const discretion = useDiscretion();

  return (
    <>
      <PageTitle>{t('calculator.title')}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card>
            <CalculatorForm
              initialCode={params.get('code') ?? undefined}
              loading={discretion.isPending}
              onSubmit={(input) => discretion.mutate(input)}
              onReset={() => discretion.reset()}
            />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          {discretion.isError && <ErrorAlert error={discretion.error} />}
          <OutcomeCard out={discretion.data} proposedAmount={discretion.variables?.proposedAmount} />
        </Col>
      </Row>
    </>
  );
}
