import { Button, Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUESTIONS, RATINGS, RECORD_OUTCOMES, type Rating, type RecordOutcome, STAFF_CHANNELS } from '../../../../src/modules/followups/codes';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type FollowUp, useAnswerFollowUp, useRecordFollowUp, useResolveFollowUp } from './api';

// The three steps on a follow-up, each a form sent after one more 确定: an officer's record, the
// enterprise's own answer, and the legal office's handling of a problem raised.

type Ratings = Record<(typeof QUESTIONS)[number], Rating>;

function RatingFields() {
  const { t } = useTranslation();
  return (
    <>
      {QUESTIONS.map((q) => (
        <Form.Item key={q} name={q} label={t(`followups.questions.${q}`)} rules={[{ required: true, message: t('followups.ratingRequired') }]}>
          <Radio.Group options={RATINGS.map((r) => ({ value: r, label: t(`followups.ratings.${r}`) }))} />
        </Form.Item>
      ))}
      <Form.Item name="problems" label={t('followups.problems')} extra={t('followups.problemsHint')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

const trimmed = (s: string | undefined) => s?.trim() || undefined;

/** 网上回访: the enterprise user rates the enforcement and may raise a problem. */
export function AnswerForm({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Ratings & { problems?: string }>();
  const answer = useAnswerFollowUp();
  const submit = useConfirmedSubmit(form, { title: t('followups.answerTitle'), done: t('followups.answered'), onDone: () => form.resetFields() });
  return (
    <Card title={t('followups.answerTitle')} style={{ marginBottom: 16 }}>
      <Form
        form={form}
        layout="vertical"
        name="followupAnswer"
        onFinish={(v) =>
          submit.confirmThenSend(t('followups.answerConfirm'), () => answer.mutateAsync({ id: f.id, version: f.version, ...v, problems: trimmed(v.problems) }))
        }
      >
        <RatingFields />
        <Button type="primary" htmlType="submit" loading={answer.isPending}>
          {t('followups.answer')}
        </Button>
      </Form>
    </Card>
  );
}

/** 上门、电话回访 recorded by an officer, or why it could not be done. */
export function RecordForm({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<
    Partial<Ratings> & { outcome: RecordOutcome; channel: 'visit' | 'phone'; respondent?: string; problems?: string; note?: string }
  >();
  const outcome = Form.useWatch('outcome', form) ?? 'answered';
  const record = useRecordFollowUp();
  const submit = useConfirmedSubmit(form, { title: t('followups.recordTitle'), done: t('followups.recorded'), onDone: () => form.resetFields() });
  return (
    <Card title={t('followups.recordTitle')} style={{ marginBottom: 16 }}>
      <Form
        form={form}
        layout="vertical"
        name="followupRecord"
        initialValues={{ outcome: 'answered', channel: 'visit' }}
        onFinish={(v) =>
          submit.confirmThenSend(t('followups.recordConfirm'), () =>
            record.mutateAsync({
              id: f.id,
              version: f.version,
              ...v,
              respondent: trimmed(v.respondent),
              problems: trimmed(v.problems),
              note: trimmed(v.note),
            }),
          )
        }
      >
        <Form.Item name="outcome" label={t('followups.outcome')}>
          <Radio.Group options={RECORD_OUTCOMES.map((o) => ({ value: o, label: t(`followups.outcomes.${o}`) }))} />
        </Form.Item>
        <Form.Item name="channel" label={t('followups.channel')}>
          <Radio.Group options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`followups.channels.${c}`) }))} />
        </Form.Item>
        {outcome === 'answered' ? (
          <>
            <Form.Item
              name="respondent"
              label={t('followups.respondent')}
              extra={t('followups.respondentHint')}
              rules={[{ required: true, whitespace: true, max: 60, message: t('followups.respondentRequired') }]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <RatingFields />
          </>
        ) : (
          <Form.Item
            name="note"
            label={t('followups.note')}
            rules={[{ required: true, whitespace: true, min: 5, max: 500, message: t('followups.noteRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('followups.record')}
        </Button>
      </Form>
    </Card>
  );
}

/** 办结 a problem raised: the legal office or a leader who did not handle the matter. */
export function ResolveForm({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ resolution: string }>();
  const resolve = useResolveFollowUp();
  const submit = useConfirmedSubmit(form, { title: t('followups.resolveTitle'), done: t('followups.resolved'), onDone: () => form.resetFields() });
  return (
    <Card title={t('followups.resolveTitle')} style={{ marginBottom: 16 }}>
      <Form
        form={form}
        layout="vertical"
        name="followupResolve"
        onFinish={(v) =>
          submit.confirmThenSend(t('followups.resolveConfirm'), () => resolve.mutateAsync({ id: f.id, version: f.version, resolution: v.resolution.trim() }))
        }
      >
        <Form.Item
          name="resolution"
          label={t('followups.resolution')}
          extra={t('followups.resolutionHint')}
          rules={[{ required: true, whitespace: true, min: 5, max: 1000, message: t('followups.resolutionRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={resolve.isPending}>
          {t('followups.resolve')}
        </Button>
      </Form>
    </Card>
  );
}
