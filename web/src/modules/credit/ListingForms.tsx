import { Button, Card, Form, Input, Radio } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_OUTCOMES } from '../../../../src/modules/credit/codes';
import { DateInput } from '../../app/DateInput';
import { chinaToday } from '../../app/format';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import {
  type DecideBody,
  type Listing,
  type NoticeBody,
  type ServeBody,
  type StatementBody,
  useDecide,
  useRecordStatement,
  useServeDecision,
  useServeNotice,
} from './api';

// The steps on a listing, each a form sent after one more 确定: the notice served, the party's
// statement, the decision (a 负责人 who did not propose it), and the decision served.

export type Mutation<B> = { mutateAsync: (b: B & { id: string }) => Promise<unknown>; isPending: boolean };

/** One step as a card: its form, sent with the record's version after one more 确定 (listings and repairs alike). */
export function StepCard<V extends object>(props: {
  id: string;
  version: number;
  name: string;
  title: string;
  confirm: string;
  done: string;
  mutation: Mutation<V & { version: number }>;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const submit = useConfirmedSubmit(form, { title: props.title, done: props.done, onDone: () => form.resetFields() });
  return (
    <Card title={props.title} style={{ marginBottom: 16 }}>
      <Form<V>
        form={form}
        layout="vertical"
        name={props.name}
        initialValues={props.initialValues}
        onFinish={(v) => submit.confirmThenSend(props.confirm, () => props.mutation.mutateAsync({ ...v, id: props.id, version: props.version }))}
      >
        {props.children}
        <Button type="primary" htmlType="submit" loading={props.mutation.isPending}>
          {props.title}
        </Button>
      </Form>
    </Card>
  );
}

function DateField({ name, label, min }: { name: string; label: string; min?: string | null }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('credit.dateRequired') }]}>
      <DateInput min={min ?? undefined} max={chinaToday()} />
    </Form.Item>
  );
}

/** 列入告知书 served: the day it reached the party starts the statement period. */
export function NoticeForm({ l }: { l: Listing }) {
  const { t } = useTranslation();
  return (
    <StepCard<Omit<NoticeBody, 'version'>>
      id={l.id}
      version={l.version}
      name="creditNotice"
      title={t('credit.notice')}
      confirm={t('credit.noticeConfirm')}
      done={t('credit.noticed')}
      mutation={useServeNotice()}
      initialValues={{ servedOn: chinaToday() }}
    >
      <DateField name="servedOn" label={t('credit.servedOn')} min={l.proposedOn} />
      <p>{t('credit.noticeHint')}</p>
    </StepCard>
  );
}

/** 陈述、申辩 as the party gave it. */
export function StatementForm({ l }: { l: Listing }) {
  const { t } = useTranslation();
  return (
    <StepCard<Omit<StatementBody, 'version'>>
      id={l.id}
      version={l.version}
      name="creditStatement"
      title={t('credit.recordStatement')}
      confirm={t('credit.statementConfirm')}
      done={t('credit.statementRecorded')}
      mutation={useRecordStatement()}
      initialValues={{ receivedOn: chinaToday() }}
    >
      <DateField name="receivedOn" label={t('credit.receivedOn')} min={l.noticeServedOn} />
      <Form.Item name="statement" label={t('credit.statement')} rules={[{ required: true, whitespace: true, min: 2, message: t('credit.statementRequired') }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </StepCard>
  );
}

/** 列入 or 不予列入, with the reasons. */
export function DecideForm({ l }: { l: Listing }) {
  const { t } = useTranslation();
  return (
    <StepCard<Omit<DecideBody, 'version'>>
      id={l.id}
      version={l.version}
      name="creditDecide"
      title={t('credit.decide')}
      confirm={t('credit.decideConfirm')}
      done={t('credit.decided')}
      mutation={useDecide()}
      initialValues={{ outcome: 'list' }}
    >
      <Form.Item name="outcome" label={t('credit.outcome')} rules={[{ required: true }]}>
        <Radio.Group options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`credit.outcomes.${o}`) }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('credit.decisionReason')}
        extra={t('credit.reasonHint')}
        rules={[{ required: true, whitespace: true, min: 5, message: t('credit.reasonRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepCard>
  );
}

/** 列入决定书 served. */
export function ServeForm({ l }: { l: Listing }) {
  const { t } = useTranslation();
  return (
    <StepCard<Omit<ServeBody, 'version'>>
      id={l.id}
      version={l.version}
      name="creditServe"
      title={t('credit.serve')}
      confirm={t('credit.serveConfirm')}
      done={t('credit.served')}
      mutation={useServeDecision()}
      initialValues={{ servedOn: chinaToday() }}
    >
      <DateField name="servedOn" label={t('credit.decisionServedOn')} min={l.decidedOn} />
    </StepCard>
  );
}
