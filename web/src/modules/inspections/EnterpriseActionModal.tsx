import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useHazardAction, type Hazard } from './api';
import { DateInput } from '../../app/DateInput';

/** The enterprise's two steps on its own hazard (rules.ts EVENT_PARTY 'enterprise'). */
export type EnterpriseStep = 'submitFix' | 'askExtension';

/** 提交整改 (with a note on what was done) or 申请延期 (with reasons and a proposed date). */
export function EnterpriseActionModal({ hazard, step, onClose }: { hazard: Hazard; step: EnterpriseStep; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string; until?: string; reason?: string }>();
  const reportError = useReportError();
  const act = useHazardAction();

  function submit(v: { note?: string; until?: string; reason?: string }) {
    const request =
      step === 'submitFix'
        ? { action: 'rectification' as const, body: { version: hazard.version, note: v.note } }
        : { action: 'extension-request' as const, body: { version: hazard.version, until: v.until, reason: v.reason } };
    const done = () => {
      void message.success(t('common.done', { what: t(`inspections.rectify.${step}`) }));
      onClose();
    };
    act.mutate({ id: hazard.id, ...request }, { onSuccess: done, onError: (e) => reportError(e, form) });
  }

  const title = t(`inspections.rectify.${step}`);
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={act.isPending} okText={title} destroyOnHidden>
      <Typography.Paragraph>{hazard.description}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('inspections.measures')}：{hazard.measures}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" size="large" onFinish={submit}>
        {step === 'submitFix' ? (
          <Form.Item name="note" label={t('inspections.rectify.fixNote')} extra={t('inspections.rectify.fixHint')} rules={[{ required: true, min: 4 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="until"
              label={t('inspections.rectify.proposedDeadline')}
              extra={t('inspections.rectify.currentDeadline', { deadline: hazard.deadline })}
              rules={[{ required: true }]}
            >
              <DateInput min={hazard.deadline} />
            </Form.Item>
            <Form.Item name="reason" label={t('inspections.rectify.extensionReason')} rules={[{ required: true, min: 4 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
