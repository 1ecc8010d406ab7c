import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useWithdraw, type DrawDetail, type DrawnEnterprise } from './api';

interface Values {
  /** 'enterprise' or an officer's id. */
  who: string;
  reason: string;
}

/** A withdrawal is recorded and followed by a re-draw by the published algorithm — never a manual swap. */
export function WithdrawModal({ draw, row, onClose }: { draw: DrawDetail; row: DrawnEnterprise; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const withdraw = useWithdraw();
  const reportError = useReportError();

  async function submit(v: Values) {
    const base = { enterpriseId: row.enterpriseId, reason: v.reason, version: draw.version };
    try {
      await withdraw.mutateAsync({
        id: draw.id,
        body: v.who === 'enterprise' ? { kind: 'enterprise', ...base } : { kind: 'officer', officerId: v.who, ...base },
      });
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={t('draws.withdrawTitle', { name: row.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={withdraw.isPending}
      okText={t('common.ok')}
    >
      <Alert type="warning" showIcon title={t('draws.withdrawExplain')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" initialValues={{ who: row.officers[0]?.id ?? 'enterprise', reason: '' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="who" label={t('draws.withdrawWhat')}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={[
              ...row.officers.map((o) => ({ value: o.id, label: t('draws.withdrawOfficer', { name: o.name }) })),
              { value: 'enterprise', label: t('draws.withdrawEnterprise') },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('draws.reason')} rules={[{ required: true, whitespace: true, min: 4, max: 500, message: t('draws.reasonRule') }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
