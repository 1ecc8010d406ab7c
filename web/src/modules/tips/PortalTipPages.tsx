import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TipFields, tipBody, type TipValues } from './TipFields';
import { Link } from 'react-router';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PublicTitle } from '../../portal/PortalLayout';
import { useFollowTip, useSubmitTip } from './api';
import { ComplaintOutcomeTag, RewardStateTag, TipStateTag, VerificationTag, YuanText } from './labels';
import { PortalClaim } from './PortalClaim';
import { PortalMaterial } from './PortalMaterial';

/** 网上举报: no sign-in; the receipt code and secret are shown once, to keep. */
export function PortalTipPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<TipValues>();
  const submit = useSubmitTip();
  const reportError = useReportError();
  const done = submit.data;

  async function onFinish(v: TipValues) {
    try {
      await submit.mutateAsync(tipBody(v));
    } catch (error) {
      reportError(error, form);
    }
  }

  if (done)
    return (
      <>
        <PublicTitle>{t('tips.portal.done')}</PublicTitle>
        <Alert type="success" showIcon message={t('tips.portal.keep')} style={{ marginBottom: 12 }} />
        <Card>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('tips.receipt')}>
              <Typography.Text copyable strong data-testid="tip-receipt">
                {done.receipt}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.portal.secret')}>
              <Typography.Text copyable strong data-testid="tip-secret">
                {done.secret}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.org')}>{done.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('tips.acceptBy')}>{done.acceptBy}</Descriptions.Item>
          </Descriptions>
          <Link to="/portal/tips/follow" style={{ display: 'inline-block', marginTop: 12 }}>
            {t('tips.portal.follow')}
          </Link>
        </Card>
        <PortalMaterial receipt={done.receipt} secret={done.secret} />
      </>
    );

  return (
    <>
      <PublicTitle>{t('tips.portal.title')}</PublicTitle>
      <Typography.Paragraph>{t('tips.portal.intro')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Link to="/portal/tips/follow">{t('tips.portal.follow')}</Link>
      </Typography.Paragraph>
      <Card>
        <Form form={form} layout="vertical" initialValues={{ anonymous: false }} onFinish={(v) => void onFinish(v)}>
          <TipFields form={form} />
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('tips.portal.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}

/** 查询办理进度, by receipt code and secret. */
export function PortalFollowPage() {
  const { t } = useTranslation();
  const follow = useFollowTip();
  const found = follow.data;
  const asked = follow.variables;
  return (
    <>
      <PublicTitle>{t('tips.portal.followTitle')}</PublicTitle>
      <Card>
        <Form
          layout="vertical"
          onFinish={(v: { receipt: string; secret: string }) => follow.mutate({ receipt: v.receipt.trim().toUpperCase(), secret: v.secret.trim() })}
        >
          <Form.Item name="receipt" label={t('tips.receipt')} rules={[{ required: true }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="secret" label={t('tips.portal.secret')} rules={[{ required: true }]}>
            <Input.Password maxLength={64} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={follow.isPending}>
            {t('tips.portal.followButton')}
          </Button>
        </Form>
      </Card>
      {follow.isError && <ErrorAlert error={follow.error} />}
      {found && (
        <Card style={{ marginTop: 12 }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('tips.receipt')}>{found.receipt}</Descriptions.Item>
            <Descriptions.Item label={t('tips.kind')}>{t(`tips.kinds.${found.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.state')}>
              <TipStateTag state={found.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.org')}>{found.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('tips.receivedAt')}>{formatDateTime(found.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.acceptBy')}>{found.acceptBy}</Descriptions.Item>
            {found.verification && (
              <Descriptions.Item label={t('tips.portal.verification')}>
                <VerificationTag result={found.verification} />
              </Descriptions.Item>
            )}
            {found.complaintOutcome && (
              <Descriptions.Item label={t('tips.portal.complaintOutcome')}>
                <ComplaintOutcomeTag outcome={found.complaintOutcome} />
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('tips.reply')}>
              <span data-testid="follow-reply">{found.reply ?? '—'}</span>
            </Descriptions.Item>
            {found.reward && (
              <Descriptions.Item label={t('tips.portal.reward')}>
                <Space data-testid="follow-reward" wrap>
                  <YuanText fen={found.reward.amountFen} />
                  <RewardStateTag state={found.reward.state} />
                  {t('tips.portal.approvedOn', { date: found.reward.approvedOn })}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      {found && asked && (
        <PortalMaterial
          key={`${found.receipt}-${follow.submittedAt}`}
          receipt={asked.receipt}
          secret={asked.secret}
          sent={found.material}
          open={found.state !== 'declined' && found.state !== 'verified'}
        />
      )}
      {found?.reward?.state === 'claimed' && <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('tips.portal.claimed')} />}
      {found?.reward?.state === 'approved' && asked && (
        <PortalClaim key={found.receipt} receipt={asked.receipt} secret={asked.secret} onClaimed={() => follow.mutate(asked)} />
      )}
    </>
  );
}
