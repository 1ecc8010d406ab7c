import { Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { statutoryRange } from '../../../../src/modules/catalogue/benchmark';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useViolationTypes, type DiscretionIn, type Party, type Stage, type ViolationRow } from './api';
import { FactsFields, NO_FACTS, toFacts, type FactValues } from './FactsFields';
import { fineString } from './labels';

interface Values {
  violationTypeCode?: string;
  stage: Stage;
  party: Party;
  orgId: string;
  violationDate: Dayjs;
  facts: FactValues;
  proposedAmount?: number | null;
  reasons?: string;
}

interface Props {
  initialCode?: string;
  loading: boolean;
  onSubmit: (input: DiscretionIn) => void;
  onReset: () => void;
}

const DATE = 'YYYY-MM-DD';

/** A party the statute fines at this stage, or the other one when it fines only that one. */
function partyFor(v: ViolationRow, stage: Stage, party: Party): Party {
  const other: Party = party === 'unit' ? 'person' : 'unit';
  return !statutoryRange(v, party, stage) && statutoryRange(v, other, stage) ? other : party;
}

export function CalculatorForm({ initialCode, loading, onSubmit, onReset }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const types = useViolationTypes();
  const code = Form.useWatch('violationTypeCode', form);
  const stage = Form.useWatch('stage', form) ?? 'initial';
  const chosen = types.data?.find((v) => v.code === code);

  function onValuesChange(changed: Partial<Values>, all: Values) {
    const v = types.data?.find((x) => x.code === all.violationTypeCode);
    if (!v || !('violationTypeCode' in changed || 'stage' in changed)) return;
    const nextStage = v.ifNotCorrected ? all.stage : 'initial';
    form.setFieldsValue({ stage: nextStage, party: partyFor(v, nextStage, all.party) });
  }

  function onFinish(values: Values) {
    onSubmit({
      violationTypeCode: values.violationTypeCode!,
      stage: values.stage,
      party: values.party,
      orgId: values.orgId,
      violationDate: values.violationDate.format(DATE),
      facts: toFacts(values.facts),
      ...(values.proposedAmount ? { proposedAmount: values.proposedAmount } : {}),
      ...(values.reasons?.trim() ? { reasons: values.reasons.trim() } : {}),
    });
  }

  return (
    <Form<Values>
      form={form}
      name="calculator"
      layout="vertical"
      initialValues={{ violationTypeCode: initialCode, stage: 'initial', party: 'unit', orgId: user.orgId, violationDate: dayjs(), facts: NO_FACTS }}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
    >
      {types.isError && <ErrorAlert error={types.error} />}
      <Form.Item
        name="violationTypeCode"
        label={t('calculator.violation')}
        rules={[{ required: true, message: t('calculator.violationRequired') }]}
        extra={
          chosen && (
            <Typography.Text type="secondary">
              {chosen.punishingCitation}
              {' · '}
              {t('calculator.statutory', {
                unit: fineString(t, statutoryRange(chosen, 'unit', stage)),
                person: fineString(t, statutoryRange(chosen, 'person', stage)),
              })}
            </Typography.Text>
          )
        }
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={types.isLoading}
          placeholder={t('calculator.violationPlaceholder')}
          options={types.data?.map((v) => ({ value: v.code, label: `${v.code} ${v.title}` }))}
          popupMatchSelectWidth={false}
          data-testid="calculator-violation"
        />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="stage" label={t('calculator.stage')}>
          <Radio.Group>
            <Radio value="initial">{t('catalogue.stage.initial')}</Radio>
            <Radio value="notCorrected" disabled={!chosen?.ifNotCorrected}>
              {t('catalogue.stage.notCorrected')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="party" label={t('calculator.party')}>
          <Radio.Group options={(['unit', 'person'] as const).map((p) => ({ value: p, label: t(`catalogue.party.${p}`) }))} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="orgId" label={t('calculator.org')} rules={[{ required: true, message: t('calculator.orgRequired') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="violationDate" label={t('calculator.violationDate')} rules={[{ required: true, message: t('calculator.violationDateRequired') }]}>
          <DatePicker format={DATE} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Flex>
      <FactsFields />
      <Form.Item name="proposedAmount" label={t('calculator.proposedAmount')}>
        <InputNumber min={1} max={100_000_000} precision={0} step={100} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="reasons" label={t('calculator.reasons')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('calculator.reasonsPlaceholder')} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="calculator-submit">
          {t('calculator.submit')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onReset();
          }}
        >
          {t('calculator.reset')}
        </Button>
      </Flex>
    </Form>
  );
}
