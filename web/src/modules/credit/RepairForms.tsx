import { Alert, Button, Card, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OBJECTION_OUTCOMES, REPAIR_CONDITION_CODES, REPAIR_DECISIONS, REPAIR_OPINIONS } from '../../../../src/modules/credit/codes';
import { StepCard } from './ListingForms';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import {
  type Listing,
  type Objection,
  type ObjectionHandleBody,
  type Repair,
  type RepairDecideBody,
  type RepairReviewBody,
  type RepairRevokeBody,
  useApplyRepair,
  useDecideRepair,
  useFileObjection,
  useHandleObjection,
  useReviewRepair,
  useRevokeRepair,
} from './api';

// 信用修复 and 异议: the application and the objection (the enterprise online, staff at the counter),
// and the staff's steps — review, decision, revocation, an objection's answer — each sent after one more 确定.

type ClaimValues = { claims: { met: boolean; evidence?: string }[] };

/** 申请提前移出: each condition met or not, with the evidence for it. */
export function ApplyRepairModal({ listing, onClose }: { listing: Pick<Listing, 'id' | 'decisionNumber' | 'listedOn'>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClaimValues>();
  const apply = useApplyRepair();
  const submit = useConfirmedSubmit(form, { title: t('credit.repair.apply'), done: t('credit.repair.applied'), onDone: onClose });
  return (
    <Modal
      open
      width={720}
      title={t('credit.repair.apply')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={apply.isPending}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('credit.repair.applyIntro', { number: listing.decisionNumber, date: listing.listedOn })}
      />
      <Form<ClaimValues>
        form={form}
        layout="vertical"
        name="creditRepairApply"
        initialValues={{ claims: REPAIR_CONDITION_CODES.map(() => ({ met: false, evidence: '' })) }}
        onFinish={(v) =>
          submit.confirmThenSend(t('credit.repair.applyConfirm'), () =>
            apply.mutateAsync({
              listingId: listing.id,
              claims: REPAIR_CONDITION_CODES.map((code, i) => ({ code, met: !!v.claims[i]?.met, evidence: v.claims[i]?.evidence?.trim() ?? '' })),
            }),
          )
        }
      >
        {REPAIR_CONDITION_CODES.map((code, i) => (
          <Card key={code} size="small" style={{ marginBottom: 8 }} data-testid={`credit-claim-${code}`}>
            <Form.Item name={['claims', i, 'met']} valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t(`credit.repair.conditions.${code}`)}</Checkbox>
            </Form.Item>
            <Form.Item name={['claims', i, 'evidence']} label={t('credit.repair.evidence')} style={{ marginBottom: 0 }}>
              <Input.TextArea rows={2} maxLength={2000} placeholder={t('credit.repair.evidenceHint')} />
            </Form.Item>
          </Card>
        ))}
      </Form>
    </Modal>
  );
}

/** 提出异议: what in the listing's information is wrong, and why. */
export function ObjectionModal({ listing, onClose }: { listing: Pick<Listing, 'id' | 'decisionNumber'>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ content: string }>();
  const file = useFileObjection();
  const submit = useConfirmedSubmit(form, { title: t('credit.objection.file'), done: t('credit.objection.filed'), onDone: onClose });
  return (
    <Modal
      open
      width={600}
      title={t('credit.objection.file')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={file.isPending}
    >
      <Typography.Paragraph>{t('credit.objection.intro', { number: listing.decisionNumber })}</Typography.Paragraph>
      <Form<{ content: string }>
        form={form}
        layout="vertical"
        name="creditObjection"
        onFinish={(v) =>
          submit.confirmThenSend(t('credit.objection.fileConfirm'), () => file.mutateAsync({ listingId: listing.id, content: v.content.trim() }))
        }
      >
        <Form.Item
          name="content"
          label={t('credit.objection.content')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('credit.objection.contentRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Reason({ name, label, min, hint }: { name: string; label: string; min: number; hint?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} extra={hint} rules={[{ required: true, whitespace: true, min, message: t('credit.repair.reasonRequired', { min }) }]}>
      <Input.TextArea rows={3} maxLength={2000} showCount />
    </Form.Item>
  );
}

/** 审查: the officer's opinion for the decision. */
export function ReviewRepairForm({ r }: { r: Repair }) {
  const { t } = useTranslation();
  return (
    <StepCard<Omit<RepairReviewBody, 'version'>>
      id={r.id}
      version={r.version}
      name="creditRepairReview"
      title={t('credit.repair.review')}
      confirm={t('credit.repair.reviewConfirm')}
      done={t('credit.repair.reviewed')}
      mutation={useReviewRepair()}
      initialValues={{ opinion: 'support' }}
    >
      <Form.Item name="opinion" label={t('credit.repair.opinion')} rules={[{ required: true }]}>
        <Radio.Group options={REPAIR_OPINIONS.map((o) => ({ value: o, label: t(`credit.repair.opinions.${o}`) }))} />
      </Form.Item>
      <Reason name="note" label={t('credit.repair.reviewNote')} min={5} />
    </StepCard>
  );
}

/** 准予 or 不予提前移出. */
export function DecideRepairForm({ r }: { r: Repair }) {
  const { t } = useTranslation();
  return (
    <StepCard<Omit<RepairDecideBody, 'version'>>
      id={r.id}
      version={r.version}
      name="creditRepairDecide"
      title={t('credit.repair.decide')}
      confirm={t('credit.repair.decideConfirm')}
      done={t('credit.repair.decided')}
      mutation={useDecideRepair()}
      initialValues={{ decision: 'approve' }}
    >
      <Form.Item name="decision" label={t('credit.repair.decision')} rules={[{ required: true }]}>
        <Radio.Group options={REPAIR_DECISIONS.map((o) => ({ value: o, label: t(`credit.repair.decisions.${o}`) }))} />
      </Form.Item>
      <Reason name="reason" label={t('credit.repair.decisionReason')} min={5} hint={t('credit.repair.decisionHint')} />
    </StepCard>
  );
}

/** 撤销提前移出: obtained by concealment or fraud. */
export function RevokeRepairForm({ r }: { r: Repair }) {
  const { t } = useTranslation();
  return (
    <StepCard<Omit<RepairRevokeBody, 'version'>>
      id={r.id}
      version={r.version}
      name="creditRepairRevoke"
      title={t('credit.repair.revoke')}
      confirm={t('credit.repair.revokeConfirm')}
      done={t('credit.repair.revoked')}
      mutation={useRevokeRepair()}
    >
      <Reason name="reason" label={t('credit.repair.revocationReason')} min={10} hint={t('credit.repair.revokeHint')} />
    </StepCard>
  );
}

/** 处理异议: corrected (with the corrected facts) or upheld, with reasons. */
export function HandleObjectionForm({ o }: { o: Objection }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Omit<ObjectionHandleBody, 'version'>>();
  const outcome = Form.useWatch('outcome', form);
  const handle = useHandleObjection();
  const submit = useConfirmedSubmit(form, { title: t('credit.objection.handle'), done: t('credit.objection.handled'), onDone: () => form.resetFields() });
  return (
    <Form
      form={form}
      layout="vertical"
      name={`creditObjectionHandle-${o.id}`}
      initialValues={{ outcome: 'uphold' }}
      onFinish={(v) => submit.confirmThenSend(t('credit.objection.handleConfirm'), () => handle.mutateAsync({ ...v, id: o.id, version: o.version }))}
    >
      <Form.Item name="outcome" label={t('credit.objection.outcome')} rules={[{ required: true }]}>
        <Radio.Group options={OBJECTION_OUTCOMES.map((x) => ({ value: x, label: t(`credit.objection.outcomes.${x}`) }))} />
      </Form.Item>
      {outcome === 'correct' && (
        <Form.Item
          name="correctedFacts"
          label={t('credit.objection.correctedFacts')}
          rules={[{ required: true, whitespace: true, min: 10, message: t('credit.objection.correctedFactsRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      )}
      <Reason name="reason" label={t('credit.objection.reason')} min={5} />
      <Button type="primary" htmlType="submit" loading={handle.isPending}>
        {t('credit.objection.handle')}
      </Button>
    </Form>
  );
}
