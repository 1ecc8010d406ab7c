import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Select, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatChinaDate, formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { DownloadButton } from '../registry/DownloadButton';
import { type EvaluationFile, fileUrl, type Round, useAnswer, useBundle, useCloseRound, useDraw, useNotify, useRound } from './api';
import { FileStateTag, GradeTag, RoundStateTag } from './labels';
import { ScoreModal } from './ScoreModal';

/** One round: its plan and published draw data, the files drawn with their scores, notices and answers. */
export function RoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useRound(id);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const r = query.data;
  if (!r) return <Spin />;
  const manage = can(user.roles, 'evaluation.manage') && r.whole;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {r.name} <RoundStateTag state={r.state} />
        </PageTitle>
        <Flex gap={8} wrap>
          {manage && r.state === 'announced' && <DrawButton r={r} />}
          {manage && r.state === 'drawn' && <CloseButton r={r} />}
        </Flex>
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="evaluation-summary">
          <Descriptions.Item label={t('evaluations.org')}>{r.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('evaluations.period')}>{`${r.periodFrom} ～ ${r.periodTo}`}</Descriptions.Item>
          <Descriptions.Item label={t('evaluations.orgs')}>
            {r.orgs.map((o) => `${o.orgName}（${t('evaluations.poolSize')} ${o.poolSize}）`).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluations.drawRule')}>
            {r.perOrg !== null ? t('evaluations.drawRuleText', { n: r.perOrg }) : t('evaluations.drawShareText', { p: r.sharePercent })}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluations.beaconSource')}>{`${r.beacon.source}（${r.beacon.format}）`}</Descriptions.Item>
          <Descriptions.Item label={t('evaluations.beaconExpectedAt')}>
            {r.beacon.expectedAt ? formatDateTime(r.beacon.expectedAt) : r.beacon.expectedOn}
          </Descriptions.Item>
          {r.summary && <Descriptions.Item label={t('evaluations.summary')}>{r.summary}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Digests r={r} />
      <Card title={t('evaluations.files')} style={{ marginBottom: 16 }}>
        {r.files.length === 0 ? <Typography.Text type="secondary">{t('evaluations.noFiles')}</Typography.Text> : <FilesTable r={r} />}
      </Card>
    </>
  );
}

function Digests({ r }: { r: Round }) {
  const { t } = useTranslation();
  const [checking, setChecking] = useState(false);
  const bundle = useBundle(r.id, checking);
  const mono = (v: string | null) => (
    <Typography.Text code style={{ wordBreak: 'break-all' }}>
      {v ?? '—'}
    </Typography.Text>
  );
  return (
    <Card
      title={t('evaluations.digests')}
      style={{ marginBottom: 16 }}
      extra={
        <Button onClick={() => setChecking(true)} data-testid="evaluation-verify">
          {t('evaluations.verify')}
        </Button>
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('evaluations.poolDigest')}>{mono(r.poolDigest)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.paramsDigest')}>{mono(r.paramsDigest)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.commitment')}>{mono(r.commitment)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.secret')}>{mono(r.secret)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.beaconValue')}>{mono(r.beaconValue)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.seed')}>{mono(r.seed)}</Descriptions.Item>
      </Descriptions>
      {bundle.isError && <ErrorAlert error={bundle.error} />}
      {bundle.data && (
        <Alert
          type={bundle.data.verdict.ok ? 'success' : 'error'}
          showIcon
          title={bundle.data.verdict.ok ? t('evaluations.verifyOk') : t('evaluations.verifyFailed')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {bundle.data.verdict.checks.map((c) => (
                <li key={c.name}>{`${c.ok ? '✓' : '✗'} ${c.name}：${c.detail}`}</li>
              ))}
            </ul>
          }
          data-testid="evaluation-verdict"
        />
      )}
    </Card>
  );
}

function FilesTable({ r }: { r: Round }) {
  const { t } = useTranslation();
  const user = useUser();
  const { modal, message } = App.useApp();
  const notify = useNotify();
  const [scoring, setScoring] = useState<EvaluationFile | null>(null);
  const [answering, setAnswering] = useState<EvaluationFile | null>(null);
  const open = r.state === 'drawn';
  const columns: TableColumnsType<EvaluationFile> = [
    { title: t('evaluations.partyName'), dataIndex: 'partyName', key: 'partyName', render: (p: string, f) => <Link to={`/cases/${f.caseId}`}>{p}</Link> },
    { title: t('evaluations.caseOrg'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('evaluations.decisionNumber'), dataIndex: 'decisionNumber', key: 'decisionNumber', render: (n: string | null) => n ?? '—' },
    { title: t('evaluations.closedOn'), dataIndex: 'closedOn', key: 'closedOn', render: (d: string | null) => d ?? '—' },
    {
      title: t('evaluations.state'),
      dataIndex: 'state',
      key: 'state',
      render: (s: EvaluationFile['state'], f: EvaluationFile) => <FileStateTag state={s} defects={f.deductions.length} />,
    },
    { title: t('evaluations.score'), dataIndex: 'score', key: 'score', render: (s: number | null) => s ?? '—' },
    { title: t('evaluations.grade'), dataIndex: 'grade', key: 'grade', render: (g: EvaluationFile['grade']) => <GradeTag grade={g} /> },
    { title: t('evaluations.evaluator'), dataIndex: 'evaluatorName', key: 'evaluatorName', render: (n: string | null) => n ?? '—' },
    { title: t('evaluations.excellent'), dataIndex: 'excellent', key: 'excellent', render: (e: boolean) => (e ? t('evaluations.yes') : '') },
    {
      title: t('evaluations.actions'),
      key: 'actions',
      render: (_: unknown, f) => (
        <Flex gap={8} wrap>
          {open && r.whole && (f.state === 'drawn' || f.state === 'scored') && can(user.roles, 'evaluation.score') && (
            <Button size="small" onClick={() => setScoring(f)} data-testid="evaluation-score">
              {t('evaluations.scoreAction')}
            </Button>
          )}
          {open && f.state === 'scored' && r.whole && can(user.roles, 'evaluation.manage') && (
            <Button
              size="small"
              data-testid="evaluation-notify"
              loading={notify.isPending}
              onClick={() =>
                modal.confirm({
                  title: t('evaluations.notify'),
                  content: t('evaluations.notifyConfirm'),
                  okText: t('common.ok'),
                  cancelText: t('common.cancel'),
                  onOk: () => notify.mutateAsync({ id: r.id, fileId: f.id, version: f.version }).then(() => void message.success(t('evaluations.notified'))),
                })
              }
            >
              {t('evaluations.notify')}
            </Button>
          )}
          {open && !r.whole && f.state === 'notified' && can(user.roles, 'evaluation.answer') && (
            <Button size="small" onClick={() => setAnswering(f)} data-testid="evaluation-answer">
              {t('evaluations.answer')}
            </Button>
          )}
          {f.noticeNumber &&
            (['docx', 'pdf'] as const).map((format) => (
              <DownloadButton
                key={format}
                size="small"
                path={`${fileUrl(r.id, f.id)}/notice`}
                query={{ format }}
                fallbackName={`${t('evaluations.notice')}.${format}`}
                data-testid={`evaluation-notice-${format}`}
              >
                {`${t('evaluations.notice')} ${format.toUpperCase()}`}
              </DownloadButton>
            ))}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <Table<EvaluationFile>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={r.files}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (f) => <FileDetail f={f} />, rowExpandable: (f) => f.score !== null }}
        data-testid="evaluation-files"
      />
      {scoring && <ScoreModal r={r} f={scoring} onClose={() => setScoring(null)} />}
      {answering && <AnswerModal r={r} f={answering} onClose={() => setAnswering(null)} />}
    </>
  );
}

function FileDetail({ f }: { f: EvaluationFile }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" bordered data-testid="evaluation-file-detail">
      <Descriptions.Item label={t('evaluations.items')}>{f.items.map((i) => `${i.name} ${i.score}/${i.points}`).join('；')}</Descriptions.Item>
      <Descriptions.Item label={t('evaluations.defects')}>
        {f.deductions.length === 0 ? '—' : f.deductions.map((d) => `${d.itemName}：${d.text}（扣${d.points}分）${d.note}`).join('；')}
      </Descriptions.Item>
      {f.comment && <Descriptions.Item label={t('evaluations.comment')}>{f.comment}</Descriptions.Item>}
      {f.noticeNumber && <Descriptions.Item label={t('evaluations.noticeNumber')}>{`${f.noticeNumber}（${formatDateTime(f.notifiedAt)}）`}</Descriptions.Item>}
      {f.answer && <Descriptions.Item label={t('evaluations.answerText')}>{`${f.answer}（${formatChinaDate(f.answeredAt)}）`}</Descriptions.Item>}
    </Descriptions>
  );
}

function DrawButton({ r }: { r: Round }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [form] = Form.useForm<{ beacon: string }>();
  const draw = useDraw();
  const submit = useConfirmedSubmit(form, { title: t('evaluations.drawTitle'), done: t('evaluations.drawn'), onDone: () => setOpened(false) });
  return (
    <>
      <Button type="primary" onClick={() => setOpened(true)} data-testid="evaluation-draw">
        {t('evaluations.draw')}
      </Button>
      <Modal
        open={opened}
        title={t('evaluations.drawTitle')}
        okText={t('evaluations.draw')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        confirmLoading={draw.isPending}
        onCancel={() => setOpened(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="evaluationDraw"
          onFinish={(v) => submit.confirmThenSend(t('evaluations.drawConfirm'), () => draw.mutateAsync({ id: r.id, version: r.version, beacon: v.beacon }))}
        >
          <Form.Item
            name="beacon"
            label={`${t('evaluations.beaconValue')}（${r.beacon.format}）`}
            extra={r.beacon.source}
            rules={[{ required: true, whitespace: true, message: t('evaluations.required', { field: t('evaluations.beaconValue') }) }]}
          >
            <Input maxLength={200} data-testid="evaluation-beacon-value" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function AnswerModal({ r, f, onClose }: { r: Round; f: EvaluationFile; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ answer: string }>();
  const answer = useAnswer();
  const submit = useConfirmedSubmit(form, { title: t('evaluations.answerTitle'), done: t('evaluations.answered'), onDone: onClose });
  return (
    <Modal
      open
      title={`${t('evaluations.answerTitle')}：${f.partyName}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={answer.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <FileDetail f={f} />
      <Form
        form={form}
        layout="vertical"
        name="evaluationAnswer"
        style={{ marginTop: 16 }}
        onFinish={(v) =>
          submit.confirmThenSend(t('evaluations.answerConfirm'), () => answer.mutateAsync({ id: r.id, fileId: f.id, version: f.version, answer: v.answer }))
        }
      >
        <Form.Item
          name="answer"
          label={t('evaluations.answerText')}
          extra={t('evaluations.answerHint')}
          rules={[{ required: true, whitespace: true, min: 10, message: t('evaluations.answerHint') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} data-testid="evaluation-answer-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CloseButton({ r }: { r: Round }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [form] = Form.useForm<{ excellentFileIds: string[]; summary: string }>();
  const close = useCloseRound();
  const submit = useConfirmedSubmit(form, { title: t('evaluations.closeTitle'), done: t('evaluations.closed'), onDone: () => setOpened(false) });
  const candidates = r.files.filter((f) => f.grade === 'excellent');
  return (
    <>
      <Button onClick={() => setOpened(true)} data-testid="evaluation-close">
        {t('evaluations.close')}
      </Button>
      <Modal
        open={opened}
        title={t('evaluations.closeTitle')}
        okText={t('evaluations.close')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        confirmLoading={close.isPending}
        onCancel={() => setOpened(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="evaluationClose"
          initialValues={{ excellentFileIds: [] }}
          onFinish={(v) => submit.confirmThenSend(t('evaluations.closeConfirm'), () => close.mutateAsync({ id: r.id, version: r.version, ...v }))}
        >
          <Form.Item name="excellentFileIds" label={t('evaluations.excellent')} extra={t('evaluations.excellentHint')}>
            <Select mode="multiple" optionFilterProp="label" options={candidates.map((f) => ({ value: f.id, label: `${f.partyName}（${f.score}分）` }))} />
          </Form.Item>
          <Form.Item name="summary" label={t('evaluations.summary')} rules={[{ required: true, whitespace: true, min: 10, message: t('evaluations.summary') }]}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
