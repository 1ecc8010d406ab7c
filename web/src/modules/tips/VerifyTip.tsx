import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERIFICATION_RESULTS, type VerificationResult } from '../../../../src/modules/tips/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { formatYuan } from '../../app/format';
import { useVerifyTip, type TipDetail } from './api';

interface Values {
  result: VerificationResult;
  note: string;
  caseIds: string[];
}

/** 登记核查结果: the result, the text the tipster reads, and the cases the tip led to; confirmed first, as the tipster is told. */
export function VerifyTip({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  if (tip.state !== 'assigned' || !can(user.roles, 'tip.verify')) return null;
  // The result is what the inspection found: nothing to record before the task is completed.
  const done = tip.findings?.taskStatus === 'completed';
  return (
    <>
      <Tooltip title={done ? undefined : t('tips.handling.verifyAfterTask')}>
        <Button type="primary" disabled={!done} onClick={() => setOpen(true)}>
          {t('tips.handling.verify')}
        </Button>
      </Tooltip>
      {open && <VerifyModal tip={tip} onClose={() => setOpen(false)} />}
    </>
  );
}

function VerifyModal({ tip, onClose }: { tip: TipDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const verify = useVerifyTip();
  const result = Form.useWatch('result', form);
  const cases = tip.findings?.cases ?? [];

  const submit = useConfirmedSubmit(form, { title: t('tips.handling.verify'), done: t('tips.handling.verified'), onDone: onClose });

  function confirm(v: Values) {
    const caseIds = v.result === 'notConfirmed' ? [] : (v.caseIds ?? []);
    submit.confirmThenSend(t('tips.handling.confirmVerify'), () =>
      verify.mutateAsync({ id: tip.id, version: tip.version, result: v.result, note: v.note.trim(), caseIds }),
    );
  }

  return (
    <Modal
      open
      width={640}
      title={t('tips.handling.verifyTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tips.handling.verify')}
      cancelText={t('common.cancel')}
      confirmLoading={verify.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ caseIds: [] }} onFinish={confirm}>
        <Form.Item name="result" label={t('tips.handling.result')} rules={[{ required: true }]}>
          <Radio.Group options={VERIFICATION_RESULTS.map((r) => ({ value: r, label: t(`tips.verifications.${r}`) }))} />
        </Form.Item>
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('tips.handling.noteHint')} />
        <Form.Item name="note" label={t('tips.handling.note')} rules={[{ required: true, whitespace: true, min: 4, max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {result !== 'notConfirmed' && (
          <Form.Item name="caseIds" label={t('tips.handling.linkCases')} extra={cases.length ? t('tips.handling.linkCasesHint') : t('tips.handling.noCases')}>
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={cases.map((c) => ({
                value: c.id,
                label: `${c.partyName}：${c.summary}（${c.stateName}${c.fineYuan === null ? '' : `，${t('tips.handling.fine')} ${formatYuan(c.fineYuan)}`}）`,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
