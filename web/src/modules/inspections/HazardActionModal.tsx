import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useViolationTypes } from '../catalogue/api';
import { useHazardAction, type Hazard, type HazardAction } from './api';
import { EvidencePanel } from './EvidencePanel';
import { DateInput } from '../../app/DateInput';

/** The officer's decisions on a hazard, as the server's hazard routes take them. */
export type OfficerDecision = 'reinspectPass' | 'reinspectReturn' | 'grantExtension' | 'denyExtension' | 'extend' | 'escalate';

const NEEDS_DATE: OfficerDecision[] = ['grantExtension', 'extend'];

interface Values {
  note: string;
  until?: string;
  /** Escalating a major hazard: the on-site measure ordered, and the violation to open a case on. */
  measure?: 'suspendProduction' | 'stopUse';
  violationTypeCode?: string;
}

function request(
  decision: OfficerDecision,
  version: number,
  { note, until, measure, violationTypeCode }: Values,
): { action: HazardAction; body: Record<string, unknown> & { version: number } } {
  switch (decision) {
    case 'reinspectPass':
    case 'reinspectReturn':
      return { action: 'reinspection', body: { version, passed: decision === 'reinspectPass', note } };
    case 'grantExtension':
    case 'denyExtension':
      return { action: 'extension-decision', body: { version, grant: decision === 'grantExtension', note, ...(until ? { until } : {}) } };
    case 'extend':
      return { action: 'extension', body: { version, until, reason: note } };
    case 'escalate':
      return { action: 'escalation', body: { version, reason: note, ...(measure ? { measure } : {}), ...(violationTypeCode ? { violationTypeCode } : {}) } };
  }
}

export function HazardActionModal({ hazard, decision, onClose }: { hazard: Hazard; decision: OfficerDecision; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reportError = useReportError();
  const act = useHazardAction();
  const majorEscalation = decision === 'escalate' && hazard.grade === 'major';
  const violations = useViolationTypes();

  function submit(v: Values) {
    const done = () => {
      void message.success(t('common.done', { what: t(`inspections.${decision}`) }));
      onClose();
    };
    act.mutate({ id: hazard.id, ...request(decision, hazard.version, v) }, { onSuccess: done, onError: (e) => reportError(e, form) });
  }

  return (
    <Modal
      open
      title={t(`inspections.${decision}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={act.isPending}
      okText={t(`inspections.${decision}`)}
      destroyOnHidden
    >
      <Typography.Paragraph>{hazard.description}</Typography.Paragraph>
      {hazard.rectificationNote && (
        <Typography.Paragraph type="secondary">
          {t('inspections.rectificationNote')}：{hazard.rectificationNote}
        </Typography.Paragraph>
      )}
      {/* What the enterprise sent (photos, PDF, each with its SM3 digest), to judge the fix by. */}
      <EvidencePanel hazardId={hazard.id} editable={false} />
      {hazard.status === 'extensionRequested' && (
        <Typography.Paragraph type="secondary">
          {t('inspections.extensionAsked', { until: hazard.requestedDeadline, reason: hazard.extensionReason })}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{ until: decision === 'grantExtension' ? (hazard.requestedDeadline ?? undefined) : undefined }}
      >
        {NEEDS_DATE.includes(decision) && (
          <Form.Item name="until" label={t('inspections.until')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('inspections.opinion')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {majorEscalation && (
          <>
            <Form.Item name="measure" label={t('inspections.escalation.measure')}>
              <Select
                allowClear
                options={(['suspendProduction', 'stopUse'] as const).map((m) => ({ value: m, label: t(`inspections.escalation.measures.${m}`) }))}
              />
            </Form.Item>
            <Form.Item name="violationTypeCode" label={t('inspections.escalation.violation')} extra={t('inspections.escalation.violationHint')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                loading={violations.isFetching}
                options={(violations.data ?? []).map((v) => ({ value: v.code, label: `${v.code} ${v.title}` }))}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
