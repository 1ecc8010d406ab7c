import { Alert, App, Button, Card, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useClaimReward } from './api';

interface Values {
  name: string;
  idNumber: string;
  phone: string;
}

/** 申领奖励 on the portal, by the receipt code and secret already entered; the identity is checked against the card at payment. */
export function PortalClaim({ receipt, secret, onClaimed }: { receipt: string; secret: string; onClaimed: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const claim = useClaimReward();
  const [confirming, setConfirming] = useState(false);

  async function submit() {
    const v = form.getFieldsValue();
    try {
      await claim.mutateAsync({ receipt, secret, name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase(), phone: v.phone.trim() });
      void message.success(t('tips.portal.claimed'));
      onClaimed();
    } catch (error) {
      reportError(error, form);
    } finally {
      setConfirming(false);
    }
  }

  if (claim.isSuccess) return <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('tips.portal.claimed')} />;
  return (
    <Card title={t('tips.portal.claim')} style={{ marginTop: 12 }} data-testid="tip-claim">
      <Typography.Paragraph>{t('tips.portal.claimIntro')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={() => setConfirming(true)}>
        <Form.Item name="name" label={t('tips.portal.claimName')} rules={[{ required: true, whitespace: true, min: 2, max: 30 }]}>
          <Input maxLength={30} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('tips.portal.idNumber')}
          rules={[{ required: true, pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('tips.portal.idNumberInvalid') }]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('tips.portal.claimPhone')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={20} autoComplete="tel" />
        </Form.Item>
        <Popconfirm
          open={confirming}
          title={t('tips.portal.confirmClaim')}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
          onOpenChange={(o) => !o && setConfirming(false)}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          okButtonProps={{ loading: claim.isPending }}
        >
          <Button type="primary" htmlType="submit">
            {t('tips.portal.claim')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}
