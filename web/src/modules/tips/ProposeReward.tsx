import { Alert, App, Button, Form, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCIDENT_GRADE_LABELS, ACCIDENT_GRADES, type AccidentGrade, EXCLUSIONS, type ExclusionCode } from '../../../../src/modules/tips/rewards';
import { useReportError } from '../../app/feedback';
import { formatYuan } from '../../app/format';
import { useProposeReward, type ProposeRewardBody, type TipDetail } from './api';

interface Values {
  grade?: AccidentGrade;
  concealedDeaths?: number;
  exclusion?: ExclusionCode;
}

/** 拟定奖励: the amount is the server's, from the linked cases' fines or, for a concealed accident, the grade and the deaths. */
export function ProposeReward({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('tips.rewards.propose')}
      </Button>
      {open && <ProposeModal tip={tip} onClose={() => setOpen(false)} />}
    </>
  );
}

function ProposeModal({ tip, onClose }: { tip: TipDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const propose = useProposeReward();
  const accident = tip.kind === 'concealedAccident';
  const linked = (tip.findings?.cases ?? []).filter((c) => tip.caseIds.includes(c.id));
  const fines = linked.reduce((sum, c) => sum + (c.fineYuan ?? 0), 0);

  async function submit(v: Values) {
    const outcome: ProposeRewardBody['outcome'] = accident
      ? { kind: 'concealedAccident', grade: v.grade as AccidentGrade, concealedDeaths: v.concealedDeaths ?? 0 }
      : { kind: 'hazardOrIllegal' };
    try {
      await propose.mutateAsync({ id: tip.id, version: tip.version, outcome, exclusion: v.exclusion ?? null });
      void message.success(t('tips.rewards.proposed'));
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      width={640}
      title={t('tips.rewards.proposeTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tips.rewards.propose')}
      cancelText={t('common.cancel')}
      confirmLoading={propose.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {accident ? (
          <>
            <Form.Item name="grade" label={t('tips.rewards.grade')} rules={[{ required: true, message: t('tips.rewards.gradeRequired') }]}>
              <Select options={ACCIDENT_GRADES.map((g) => ({ value: g, label: ACCIDENT_GRADE_LABELS[g] }))} />
            </Form.Item>
            <Form.Item name="concealedDeaths" label={t('tips.rewards.deaths')} rules={[{ required: true, message: t('tips.rewards.deathsRequired') }]}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </>
        ) : (
          <Alert
            type={linked.length ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            title={linked.length ? t('tips.rewards.fromFines', { fines: formatYuan(fines) }) : t('tips.rewards.noLinkedCases')}
          />
        )}
        <Form.Item name="exclusion" label={t('tips.rewards.exclusion')} extra={t('tips.rewards.exclusionHint')}>
          <Select allowClear options={EXCLUSIONS.map((e) => ({ value: e.code, label: e.label, title: e.basis }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
