import { Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useWithdrawDisclosure, WITHDRAWAL_REASONS, type StaffItem, type WithdrawIn } from './api';

/** 撤下公示 (行政处罚法第四十八条第二款): a reason and a note, both recorded in the ledger. */
export function WithdrawModal({ item, onClose }: { item: StaffItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WithdrawIn>();
  const withdraw = useWithdrawDisclosure();
  const reportError = useReportError();

  const submit = (body: WithdrawIn) => withdraw.mutate({ id: item.id, body }, { onSuccess: onClose, onError: (e) => reportError(e, form) });

  return (
    <Modal
      open
      title={t('disclosure.withdrawTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={withdraw.isPending}
      okText={t('disclosure.withdraw')}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <Typography.Paragraph>{item.title}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('disclosure.reason')} rules={[{ required: true }]}>
          <Select options={WITHDRAWAL_REASONS.map((r) => ({ value: r, label: t(`disclosure.reasons.${r}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('disclosure.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('disclosure.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
