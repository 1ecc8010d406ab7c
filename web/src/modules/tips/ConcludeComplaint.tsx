import { Alert, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_OUTCOMES, type ComplaintOutcome, isComplaint } from '../../../../src/modules/tips/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { useConcludeComplaint, type Tip } from './api';

interface Values {
  outcome: ComplaintOutcome;
  correctiveAct?: string;
  reply: string;
}

/** 办结投诉: an accepted complaint about the enforcement, concluded by the legal office or a leader. */
export function ConcludeComplaint({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  if (tip.state !== 'accepted' || !isComplaint(tip.kind) || !can(user.roles, 'complaint.conclude')) return null;
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('tips.complaints.conclude')}
      </Button>
      {open && <ConcludeModal tip={tip} onClose={() => setOpen(false)} />}
    </>
  );
}

function ConcludeModal({ tip, onClose }: { tip: Tip; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const conclude = useConcludeComplaint();
  const outcome = Form.useWatch('outcome', form);
  // Nothing is corrected when the complaint is not upheld, so the server refuses a corrective act then.
  const corrects = outcome !== undefined && outcome !== 'rejected';

  const submit = useConfirmedSubmit(form, { title: t('tips.complaints.conclude'), done: t('tips.complaints.concluded'), onDone: onClose });

  function confirm(v: Values) {
    submit.confirmThenSend(t('tips.complaints.confirm'), () =>
      conclude.mutateAsync({
        id: tip.id,
        version: tip.version,
        outcome: v.outcome,
        reply: v.reply.trim(),
        correctiveAct: v.outcome === 'rejected' ? undefined : v.correctiveAct?.trim(),
      }),
    );
  }

  return (
    <Modal
      open
      width={640}
      title={t('tips.complaints.concludeTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tips.complaints.conclude')}
      cancelText={t('common.cancel')}
      confirmLoading={conclude.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={confirm}>
        <Form.Item name="outcome" label={t('tips.complaints.outcome')} rules={[{ required: true, message: t('tips.complaints.outcomeRequired') }]}>
          <Radio.Group options={COMPLAINT_OUTCOMES.map((o) => ({ value: o, label: t(`tips.complaintOutcomes.${o}`) }))} />
        </Form.Item>
        {corrects && (
          <Form.Item
            name="correctiveAct"
            label={t('tips.complaints.correctiveAct')}
            extra={t('tips.complaints.correctiveActHint')}
            rules={[{ required: true, whitespace: true, min: 4, max: 1000, message: t('tips.complaints.correctiveActRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        )}
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('tips.complaints.replyHint')} />
        <Form.Item
          name="reply"
          label={t('tips.complaints.reply')}
          rules={[{ required: true, whitespace: true, min: 4, max: 2000, message: t('tips.complaints.replyRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
