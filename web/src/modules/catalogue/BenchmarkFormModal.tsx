import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, statutoryRange } from '../../../../src/modules/catalogue/benchmark';
import { ApiError } from '../../app/api';
import { useReportError } from '../../app/feedback';
import { useSaveBenchmark, type BenchmarkOut, type Stage, type ViolationRow } from './api';
import type { BandValue } from './BandInput';
import { BenchmarkGradeFields, type PartyRange } from './BenchmarkGradeFields';

interface Props {
  violation: ViolationRow;
  orgId: string;
  orgName: string;
  stage: Stage;
  /** The version in force for the org today: the form starts from it. */
  from: BenchmarkOut;
  onClose: () => void;
}

interface FormValues {
  effectiveFrom: Dayjs;
  basisDocument: string;
  grades: { unitFine?: BandValue; personFine?: BandValue; circumstances: string }[];
}

const DATE = 'YYYY-MM-DD';
const band = (v: BandValue | undefined) => ({ min: v!.min!, max: v!.max! });

export function BenchmarkFormModal({ violation, orgId, orgName, stage, from, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveBenchmark();
  // 422 (outside the statute or the superior benchmark) and 409 (date not after the latest version).
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const parties = (['unit', 'person'] as const).flatMap((party): PartyRange[] => {
    const statutory = statutoryRange(violation, party, stage);
    return statutory ? [{ party, statutory }] : [];
  });
  const fined = (party: 'unit' | 'person') => parties.some((p) => p.party === party);

  async function onFinish(values: FormValues) {
    setRefusal(null);
    try {
      await save.mutateAsync({
        violationTypeCode: violation.code,
        stage,
        orgId,
        effectiveFrom: values.effectiveFrom.format(DATE),
        basisDocument: values.basisDocument.trim(),
        grades: GRADES.map((grade, i) => ({
          grade,
          unitFine: fined('unit') ? band(values.grades[i].unitFine) : null,
          personFine: fined('person') ? band(values.grades[i].personFine) : null,
          circumstances: values.grades[i].circumstances.trim(),
        })),
      });
      void message.success(t('benchmarkForm.saved'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && (error.status === 422 || error.status === 409)) {
        setRefusal(error);
        if (error.field === 'effectiveFrom') form.setFields([{ name: 'effectiveFrom', errors: [error.message] }]);
        return;
      }
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      width={760}
      title={t('benchmarkForm.title', { code: violation.code })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      footer={(buttons) => (
        <>
          {refusal && (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="benchmark-refusal"
              title={refusal.message}
              description={refusal.article && t('benchmarkForm.article', { article: refusal.article })}
              style={{ marginBottom: 12, textAlign: 'start' }}
            />
          )}
          {buttons}
        </>
      )}
    >
      <Typography.Paragraph type="secondary">
        {t('benchmarkForm.madeBy', { org: orgName })}
        <br />
        {t('benchmarkForm.prefill', { org: from.orgName, from: from.effectiveFrom })}
      </Typography.Paragraph>
      <Form<FormValues>
        form={form}
        name="benchmark"
        layout="vertical"
        initialValues={{
          effectiveFrom: dayjs(),
          basisDocument: '',
          grades: from.grades.map((g) => ({
            unitFine: g.unitFine ?? undefined,
            personFine: g.personFine ?? undefined,
            circumstances: g.circumstances,
          })),
        }}
        onFinish={(v) => void onFinish(v)}
        scrollToFirstError
      >
        {GRADES.map((grade, i) => (
          <BenchmarkGradeFields key={grade} index={i} grade={grade} parties={parties} />
        ))}
        <Form.Item
          name="effectiveFrom"
          label={t('benchmarkForm.effectiveFrom')}
          rules={[{ required: true, message: t('benchmarkForm.effectiveFromRequired') }]}
        >
          <DatePicker format={DATE} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="basisDocument"
          label={t('benchmarkForm.basisDocument')}
          rules={[{ required: true, whitespace: true, min: 4, max: 200, message: t('benchmarkForm.basisDocumentLength') }]}
        >
          <Input maxLength={200} placeholder={t('benchmarkForm.basisDocumentPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
