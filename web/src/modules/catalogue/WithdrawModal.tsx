import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefusalAlert, useRefusal } from './Refusal';

interface Props {
  /** What is withdrawn, as the user knows it: code and name. */
  name: string;
  orgName: string;
  pending: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** 停用: for the org and its subtree, with the reason on record; the entry can be restored later. */
export function WithdrawModal({ name, orgName, pending, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { refusal, clear, handle } = useRefusal(form);

  async function onFinish({ reason }: { reason: string }) {
    clear();
    try {
      await onSubmit(reason.trim());
      void message.success(t('orgLists.withdrawnDone'));
      onClose();
    } catch (error) {
      handle(error);
    }
  }

  return (
    <Modal
      open
      title={t('orgLists.withdrawTitle', { name })}
      okText={t('orgLists.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      footer={(buttons) => (
        <>
          <RefusalAlert refusal={refusal} />
          {buttons}
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{t('orgLists.withdrawHint', { org: orgName })}</Typography.Paragraph>
      <Form form={form} name="withdraw" layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="reason"
          label={t('orgLists.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('orgLists.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
