import { Alert, App, Button, Checkbox, Form, Input, Modal, Popconfirm, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { chinaToday, formatChinaDate } from '../../app/format';
import { useClaimant, useDecideReward, usePayReward, type Reward, type TipDetail } from './api';

/** 批准 / 不予批准 (with a reason), by a leader who did not handle the tip: the server refuses the handler. */
export function DecideReward({ tip, reward }: { tip: TipDetail; reward: Reward }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const decide = useDecideReward();
  const reportError = useReportError();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  if (reward.state !== 'proposed' || !can(user.roles, 'tip.rewardApprove')) return null;

  async function run(decision: 'approve' | 'reject') {
    try {
      await decide.mutateAsync({
        id: tip.id,
        rewardId: reward.id,
        decision,
        version: reward.version,
        reason: decision === 'reject' ? reason.trim() : undefined,
      });
      void message.success(t(decision === 'approve' ? 'tips.rewards.approved' : 'tips.rewards.rejected'));
      setRejecting(false);
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <Space>
      <Popconfirm title={t('tips.rewards.confirmApprove')} onConfirm={() => run('approve')} okText={t('common.ok')} cancelText={t('common.cancel')}>
        <Button type="primary" loading={decide.isPending}>
          {t('tips.rewards.approve')}
        </Button>
      </Popconfirm>
      <Button danger onClick={() => setRejecting(true)}>
        {t('tips.rewards.reject')}
      </Button>
      <Modal
        open={rejecting}
        title={t('tips.rewards.reject')}
        onCancel={() => setRejecting(false)}
        onOk={() => void run('reject')}
        okButtonProps={{ disabled: [...reason.trim()].length < 4 }}
        confirmLoading={decide.isPending}
      >
        <Input.TextArea
          aria-label={t('tips.rewards.rejectReason')}
          placeholder={t('tips.rewards.rejectReason')}
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  );
}

interface PayValues {
  identityChecked: boolean;
  paidOn: string;
  voucher: string;
}

/** 发放 of a claimed reward, once the officer has checked the claimant's identity card against the hint. */
export function PayReward({ tip, reward }: { tip: TipDetail; reward: Reward }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  if (reward.state !== 'claimed' || !can(user.roles, 'tip.rewardPay')) return null;
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('tips.rewards.pay')}
      </Button>
      {open && <PayModal tip={tip} reward={reward} onClose={() => setOpen(false)} />}
    </>
  );
}

function PayModal({ tip, reward, onClose }: { tip: TipDetail; reward: Reward; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<PayValues>();
  const claimant = useClaimant(tip.id, reward.id, true);
  const pay = usePayReward();

  async function submit(v: PayValues) {
    try {
      await pay.mutateAsync({ id: tip.id, rewardId: reward.id, version: reward.version, identityChecked: true, paidOn: v.paidOn, voucher: v.voucher.trim() });
      void message.success(t('tips.rewards.paid'));
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={t('tips.rewards.payTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tips.rewards.pay')}
      cancelText={t('common.cancel')}
      confirmLoading={pay.isPending}
      okButtonProps={{ disabled: !claimant.data }}
      destroyOnHidden
    >
      {claimant.isLoading && <Spin />}
      {claimant.isError && <ErrorAlert error={claimant.error} />}
      {claimant.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('tips.rewards.claimant', { name: claimant.data.name, tail: claimant.data.idNumberTail })}
          description={t('tips.rewards.claimantCheck')}
          data-testid="claimant-hint"
        />
      )}
      <Form<PayValues> form={form} layout="vertical" initialValues={{ identityChecked: false, paidOn: chinaToday() }} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="identityChecked"
          valuePropName="checked"
          rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('tips.rewards.identityRequired')))) }]}
        >
          <Checkbox>{t('tips.rewards.identityChecked')}</Checkbox>
        </Form.Item>
        <Form.Item name="paidOn" label={t('tips.rewards.paidOnLabel')} rules={[{ required: true, message: t('tips.rewards.paidOnRequired') }]}>
          <DateInput min={reward.claimedAt ? formatChinaDate(reward.claimedAt) : undefined} max={chinaToday()} />
        </Form.Item>
        <Form.Item
          name="voucher"
          label={t('tips.rewards.voucher')}
          rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('tips.rewards.voucherRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
