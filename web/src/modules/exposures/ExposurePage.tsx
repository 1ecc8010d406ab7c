import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type Exposure, useApprove, useExposure, useWithdraw, type WithdrawBody } from './api';
import { ExposureStateTag, KindTag } from './labels';
import { PublicDocumentView } from './PublicDocumentView';

/** One item: what was drafted, and what the portal shows once a 负责人 approved it. */
export function ExposurePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useExposure(id);
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Spin />;
  const e = query.data;
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{e.title}</PageTitle>
        <Flex gap={8} wrap>
          <Steps e={e} />
          <Link to="/exposures">
            <Button>{t('exposures.back')}</Button>
          </Link>
        </Flex>
      </Flex>
      <Card title={t('exposures.detail')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="exposure-detail">
          <Descriptions.Item label={t('exposures.kind')}>
            <KindTag kind={e.kind} />
          </Descriptions.Item>
          <Descriptions.Item label={t('exposures.state')}>
            <ExposureStateTag state={e.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('exposures.org')}>{e.orgName}</Descriptions.Item>
          {e.enterpriseId && (
            <Descriptions.Item label={t('exposures.enterprise')}>
              <Link to={`/enterprises/${e.enterpriseId}?tab=credit`}>{e.enterpriseName}</Link>
            </Descriptions.Item>
          )}
          {e.caseId && (
            <Descriptions.Item label={t('exposures.penaltyDecision')}>
              <Link to={`/cases/${e.caseId}`}>{e.penaltyDecisionNumber}</Link>（{e.penaltyDecidedOn}）
            </Descriptions.Item>
          )}
          {e.number && <Descriptions.Item label={t('exposures.number')}>{e.number}</Descriptions.Item>}
          {e.scope && <Descriptions.Item label={t('exposures.scope')}>{e.scope}</Descriptions.Item>}
          <Descriptions.Item label={t('exposures.channelsField')}>{dash(e.channels.map((c) => t(`exposures.channels.${c}`)).join('、'))}</Descriptions.Item>
          <Descriptions.Item label={t('exposures.personNames')}>{dash(e.personNames.join('、'))}</Descriptions.Item>
          <Descriptions.Item label={t('exposures.draftedBy')}>
            {e.draftedByName}（{e.draftedOn}）
          </Descriptions.Item>
          <Descriptions.Item label={t('exposures.approvedBy')}>{e.approvedByName ? `${e.approvedByName}（${e.publishedOn}）` : '—'}</Descriptions.Item>
          {e.withdrawnOn && (
            <Descriptions.Item label={t('exposures.withdrawalReason')}>
              {e.withdrawalReason}（{e.withdrawnOn}）
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }}>{e.content}</Typography.Paragraph>
      </Card>
      <Card title={t('exposures.preview')} data-testid="exposure-preview">
        {e.document ? <PublicDocumentView doc={e.document} /> : <Typography.Text type="secondary">{t('exposures.notPublished')}</Typography.Text>}
      </Card>
    </>
  );
}

/** 批准发布 for a draft, 撤回 for a published item: the bureau's 负责人 only (the server refuses the drafter). */
function Steps({ e }: { e: Exposure }) {
  const { t } = useTranslation();
  const user = useUser();
  const { modal, message } = App.useApp();
  const reportError = useReportError();
  const approve = useApprove();
  const [withdrawing, setWithdrawing] = useState(false);
  if (!can(user.roles, 'exposure.approve')) return null;
  if (e.state === 'draft')
    return (
      <Button
        type="primary"
        data-testid="exposure-approve"
        loading={approve.isPending}
        onClick={() =>
          modal.confirm({
            title: t('exposures.approve'),
            content: t('exposures.approveConfirm'),
            okText: t('common.ok'),
            cancelText: t('common.cancel'),
            onOk: () => approve.mutateAsync([e.id, e.version]).then(() => void message.success(t('exposures.approved')), reportError),
          })
        }
      >
        {t('exposures.approve')}
      </Button>
    );
  if (e.state !== 'published') return null;
  return (
    <>
      <Button danger data-testid="exposure-withdraw" onClick={() => setWithdrawing(true)}>
        {t('exposures.withdraw')}
      </Button>
      {withdrawing && <WithdrawModal e={e} onClose={() => setWithdrawing(false)} />}
    </>
  );
}

function WithdrawModal({ e, onClose }: { e: Exposure; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WithdrawBody>();
  const withdraw = useWithdraw();
  const submit = useConfirmedSubmit(form, { title: t('exposures.withdrawTitle'), done: t('exposures.withdrawn'), onDone: onClose });
  return (
    <Modal open title={t('exposures.withdrawTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.ok')} cancelText={t('common.cancel')}>
      <Form<WithdrawBody>
        form={form}
        layout="vertical"
        name="exposureWithdraw"
        onFinish={(v) => submit.confirmThenSend(t('exposures.withdrawConfirm'), () => withdraw.mutateAsync([e.id, { version: e.version, reason: v.reason }]))}
      >
        <Form.Item
          name="reason"
          label={t('exposures.withdrawalReason')}
          rules={[{ required: true, whitespace: true, min: 4, message: t('exposures.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
