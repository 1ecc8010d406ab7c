import { App, Alert, Button, Card, Descriptions, Flex, Input, Modal, Popconfirm, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { isComplaint } from '../../../../src/modules/tips/contract';
import { useDecideTip, useRevealIdentity, useTip, type Tip } from './api';
import { AssignTip } from './AssignTip';
import { ConcludeComplaint } from './ConcludeComplaint';
import { FindingsCard } from './FindingsCard';
import { MaterialCard } from './MaterialCard';
import { ComplaintOutcomeTag, TipStateTag, VerificationTag } from './labels';
import { RewardsCard } from './RewardsCard';
import { VerifyTip } from './VerifyTip';

export function TipPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useTip(id);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const tip = query.data;
  if (!tip) return <Spin />;
  const complaint = isComplaint(tip.kind);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {t('tips.title')} {tip.receipt} <TipStateTag state={tip.state} />
        </PageTitle>
        <Space wrap>
          <Decide tip={tip} />
          <AssignTip tip={tip} />
          <VerifyTip tip={tip} />
          <ConcludeComplaint tip={tip} />
          <Reveal tip={tip} />
        </Space>
      </Flex>
      {tip.firstTipId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('tips.firstTip')}
          action={<Link to={`/tips/${tip.firstTipId}`}>{t('tips.openFirst')}</Link>}
        />
      )}
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('tips.kind')}>{t(`tips.kinds.${tip.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('tips.channel')}>{t(`tips.channels.${tip.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={complaint ? t('tips.complaintSubject') : t('tips.subject')}>{tip.subjectName}</Descriptions.Item>
          <Descriptions.Item label={t('tips.address')}>{tip.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('tips.org')}>{tip.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('tips.receivedAt')}>{formatDateTime(tip.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('tips.acceptBy')}>{tip.acceptBy}</Descriptions.Item>
          <Descriptions.Item label={t('tips.finishBy')}>{tip.finishBy ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={complaint ? t('tips.complainant') : t('tips.tipster')}>
            {tip.anonymous ? t('tips.anonymous') : t('tips.identitySealed')}
          </Descriptions.Item>
          <Descriptions.Item label={complaint ? t('tips.complaintContent') : t('tips.content')} span={2}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{tip.content}</div>
          </Descriptions.Item>
          {tip.verification && (
            <Descriptions.Item label={t('tips.handling.verification')} span={2}>
              <VerificationTag result={tip.verification} />
              {tip.verificationNote}
            </Descriptions.Item>
          )}
          {tip.complaintOutcome && (
            <Descriptions.Item label={t('tips.complaints.outcome')} span={2}>
              <span data-testid="complaint-outcome">
                <ComplaintOutcomeTag outcome={tip.complaintOutcome} />
              </span>
            </Descriptions.Item>
          )}
          {tip.correctiveAct && (
            <Descriptions.Item label={t('tips.complaints.correctiveAct')} span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{tip.correctiveAct}</div>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={complaint ? t('tips.complaintReply') : t('tips.reply')} span={2}>
            <span data-testid="tip-reply">{tip.reply ?? '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <MaterialCard tip={tip} />
      {/* A complaint is concluded by the supervision function: no inspection task, no reward. */}
      {!complaint && <FindingsCard tip={tip} />}
      {!complaint && <RewardsCard tip={tip} />}
    </>
  );
}

function Decide({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const decide = useDecideTip();
  const reportError = useReportError();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  if (tip.state !== 'received' || !can(user.roles, 'tip.decide')) return null;

  async function run(decision: 'accept' | 'decline') {
    try {
      await decide.mutateAsync({ id: tip.id, decision, version: tip.version, reason: decision === 'decline' ? reason.trim() : undefined });
      void message.success(t(decision === 'accept' ? 'tips.accepted' : 'tips.declined'));
      setDeclining(false);
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <Space>
      <Popconfirm title={t('tips.confirmAccept')} onConfirm={() => run('accept')} okText={t('common.ok')} cancelText={t('common.cancel')}>
        <Button type="primary" loading={decide.isPending}>
          {t('tips.accept')}
        </Button>
      </Popconfirm>
      <Button danger onClick={() => setDeclining(true)}>
        {t('tips.decline')}
      </Button>
      <Modal open={declining} title={t('tips.decline')} onCancel={() => setDeclining(false)} onOk={() => void run('decline')} confirmLoading={decide.isPending}>
        <Input.TextArea
          aria-label={t('tips.declineReason')}
          placeholder={t('tips.declineReason')}
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  );
}

function Reveal({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const user = useUser();
  const reveal = useRevealIdentity();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (tip.anonymous || !can(user.roles, 'tip.reveal')) return null;

  async function run() {
    try {
      await reveal.mutateAsync({ id: tip.id, reason: reason.trim() });
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('tips.reveal')}</Button>
      <Modal
        open={open}
        title={t('tips.reveal')}
        onCancel={() => setOpen(false)}
        onOk={() => void run()}
        confirmLoading={reveal.isPending}
        okButtonProps={{ disabled: !!reveal.data }}
      >
        <Input.TextArea
          aria-label={t('tips.revealReason')}
          placeholder={t('tips.revealReason')}
          rows={2}
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {reveal.data && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('tips.revealed', reveal.data)} />}
      </Modal>
    </>
  );
}
