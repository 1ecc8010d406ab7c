import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Radio, Select, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CONCLUSIONS, penaltyText, VOTES } from '../../../../src/modules/deliberations/codes';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { DownloadButton } from '../registry/DownloadButton';
import {
  type ConcludeBody,
  type Meeting,
  type MeetingItem,
  type MembersBody,
  meetingUrl,
  useAddItem,
  useAwaitingCases,
  useCloseMeeting,
  useConclude,
  useMeeting,
  useSetMembers,
} from './api';
import { ConclusionTag, MeetingStateTag, VoteTag } from './labels';
import { MembersFields } from './MembersFields';

/** One meeting: who sat, the agenda with each case's report, opinions and votes, closing and the minutes. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useMeeting(id);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const m = query.data;
  if (!m) return <Spin />;
  const open = m.state === 'open';
  const manage = open && can(user.roles, 'deliberation.manage');
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {t('deliberations.title')} {m.heldOn} <MeetingStateTag state={m.state} />
        </PageTitle>
        <Flex gap={8} wrap>
          {open && can(user.roles, 'deliberation.close') && <CloseButton m={m} />}
          {m.minutesNumber &&
            (['docx', 'pdf'] as const).map((format) => (
              <DownloadButton
                key={format}
                path={`${meetingUrl(m.id)}/minutes`}
                query={{ format }}
                fallbackName={`${t('deliberations.minutes')}.${format}`}
                data-testid={`deliberation-minutes-${format}`}
              >
                {`${t('deliberations.download')}${t('deliberations.minutes')} ${format.toUpperCase()}`}
              </DownloadButton>
            ))}
        </Flex>
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="deliberation-summary">
          <Descriptions.Item label={t('deliberations.org')}>{m.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('deliberations.place')}>{m.place}</Descriptions.Item>
          <Descriptions.Item label={t('deliberations.chair')}>{m.chairName}</Descriptions.Item>
          <Descriptions.Item label={t('deliberations.recorder')}>{m.recorderName}</Descriptions.Item>
          <Descriptions.Item label={t('deliberations.quorum')}>
            {t('deliberations.quorumText', m.quorum)}{' '}
            <Tag color={m.quorum.met ? 'green' : 'red'}>{m.quorum.met ? t('deliberations.quorumMet') : t('deliberations.quorumShort')}</Tag>
          </Descriptions.Item>
          {m.minutesNumber && <Descriptions.Item label={t('deliberations.minutesNumber')}>{m.minutesNumber}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Members m={m} editable={manage} />
      <Card title={t('deliberations.agenda')} style={{ marginBottom: 16 }} extra={manage && <AddItemButton m={m} />} data-testid="deliberation-agenda">
        {m.items.length === 0 && <Typography.Text type="secondary">{t('deliberations.none')}</Typography.Text>}
        {m.items.map((i, n) => (
          <Item key={i.id} m={m} item={i} n={n} editable={manage} />
        ))}
      </Card>
    </>
  );
}

function Members({ m, editable }: { m: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<MembersBody>();
  const save = useSetMembers();
  const reportError = useReportError();
  const { message } = App.useApp();
  return (
    <Card
      title={t('deliberations.members')}
      style={{ marginBottom: 16 }}
      extra={
        editable &&
        !editing && (
          <Button onClick={() => setEditing(true)} data-testid="deliberation-members-edit">
            {t('deliberations.membersSave')}
          </Button>
        )
      }
    >
      {editing ? (
        <Form
          form={form}
          layout="vertical"
          name="deliberationMembers"
          initialValues={{ members: m.members.map(({ userId, kind, present, absenceReason }) => ({ userId, kind, present, absenceReason })) }}
          onFinish={(v) =>
            save.mutateAsync({ id: m.id, version: m.version, members: v.members }).then(
              () => {
                void message.success(t('deliberations.membersSaved'));
                setEditing(false);
              },
              (e) => reportError(e, form),
            )
          }
        >
          <MembersFields orgId={m.orgId} />
          <Flex gap={8} style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Flex>
        </Form>
      ) : (
        <Table
          rowKey="userId"
          size="small"
          pagination={false}
          dataSource={m.members}
          columns={[
            { title: t('deliberations.member'), dataIndex: 'name', key: 'name' },
            {
              title: t('deliberations.memberKind'),
              dataIndex: 'kind',
              key: 'kind',
              render: (k: Meeting['members'][number]['kind']) => t(`deliberations.memberKinds.${k}`),
            },
            {
              title: t('deliberations.present'),
              dataIndex: 'present',
              key: 'present',
              render: (p: boolean, r) => (p ? t('deliberations.present') : `${t('deliberations.absent')}（${r.absenceReason ?? ''}）`),
            },
          ]}
          data-testid="deliberation-members"
        />
      )}
    </Card>
  );
}

function Item({ m, item, n, editable }: { m: Meeting; item: MeetingItem; n: number; editable: boolean }) {
  const { t } = useTranslation();
  const [concluding, setConcluding] = useState(false);
  return (
    <Card
      type="inner"
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <>
          {`${n + 1}. ${item.partyName}`} <ConclusionTag conclusion={item.conclusion} />
        </>
      }
      extra={
        <Flex gap={8}>
          <Link to={`/cases/${item.caseId}`}>{t('deliberations.openCase')}</Link>
          {editable && (
            <Button size="small" onClick={() => setConcluding(true)} data-testid="deliberation-conclude">
              {t('deliberations.conclude')}
            </Button>
          )}
        </Flex>
      }
      data-testid="deliberation-item"
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('deliberations.caseSummary')}>{item.caseSummary}</Descriptions.Item>
        <Descriptions.Item label={t('deliberations.proposal')}>{penaltyText(item.proposal)}</Descriptions.Item>
        <Descriptions.Item label={t('deliberations.reportSummary')}>{item.reportSummary}</Descriptions.Item>
        <Descriptions.Item label={t('deliberations.legalOpinion')}>{item.legalOpinion ?? t('deliberations.none')}</Descriptions.Item>
        {item.conclusion && (
          <>
            <Descriptions.Item label={t('deliberations.vote')}>
              <Flex gap={4} wrap>
                {item.votes.map((v) => (
                  <span key={v.userId}>
                    {v.name} <VoteTag vote={v.vote} />
                    {v.opinion && `（${v.opinion}）`}
                  </span>
                ))}
              </Flex>
              <div>{t('deliberations.tally', item.tally)}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('deliberations.conclusion')}>
              {t(`deliberations.conclusions.${item.conclusion}`)}：{item.conclusionText}
            </Descriptions.Item>
            <Descriptions.Item label={t('deliberations.dissent')}>{item.dissent ?? t('deliberations.none')}</Descriptions.Item>
            <Descriptions.Item label={t('deliberations.nextStep')}>{t(`deliberations.nextSteps.${item.conclusion}`)}</Descriptions.Item>
          </>
        )}
      </Descriptions>
      {concluding && <ConcludeModal m={m} item={item} onClose={() => setConcluding(false)} />}
    </Card>
  );
}

type ConcludeValues = Omit<ConcludeBody, 'version'>;

function ConcludeModal({ m, item, onClose }: { m: Meeting; item: MeetingItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConcludeValues>();
  const conclude = useConclude();
  const submit = useConfirmedSubmit(form, { title: t('deliberations.concludeTitle'), done: t('deliberations.concluded'), onDone: onClose });
  const voters = m.members.filter((x) => x.present && x.kind !== 'attendee');
  const initial: ConcludeValues = {
    conclusion: item.conclusion ?? 'penalty',
    conclusionText: item.conclusionText ?? '',
    dissent: item.dissent ?? undefined,
    votes: voters.map((v) => ({
      userId: v.userId,
      vote: item.votes.find((x) => x.userId === v.userId)?.vote ?? (item.investigatorIds.includes(v.userId) ? 'recused' : 'agree'),
      opinion: item.votes.find((x) => x.userId === v.userId)?.opinion ?? '',
    })),
  };
  return (
    <Modal
      open
      width={760}
      title={`${t('deliberations.concludeTitle')}：${item.partyName}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={conclude.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="deliberationConclude"
        initialValues={initial}
        onFinish={(v) =>
          submit.confirmThenSend(t('deliberations.concludeConfirm'), () =>
            conclude.mutateAsync({ id: m.id, itemId: item.id, version: m.version, ...v, dissent: v.dissent?.trim() || undefined }),
          )
        }
      >
        <Form.List name="votes">
          {(fields) =>
            fields.map((f, i) => (
              <Flex key={f.key} gap={8} wrap align="start">
                <Form.Item name={[f.name, 'userId']} hidden>
                  <Input />
                </Form.Item>
                <Typography.Text style={{ minWidth: 90, paddingTop: 5 }}>
                  {voters[i]?.name}
                  {item.investigatorIds.includes(voters[i]?.userId ?? '') && (
                    <Typography.Text type="secondary">（{t('deliberations.investigatorRecused')}）</Typography.Text>
                  )}
                </Typography.Text>
                <Form.Item name={[f.name, 'vote']} rules={[{ required: true, message: t('deliberations.voteRequired') }]}>
                  <Radio.Group options={VOTES.map((v) => ({ value: v, label: t(`deliberations.votes.${v}`) }))} aria-label={t('deliberations.vote')} />
                </Form.Item>
                <Form.Item name={[f.name, 'opinion']} style={{ flex: 1, minWidth: 160 }}>
                  <Input maxLength={1000} placeholder={t('deliberations.opinion')} aria-label={t('deliberations.opinion')} />
                </Form.Item>
              </Flex>
            ))
          }
        </Form.List>
        <Form.Item name="conclusion" label={t('deliberations.conclusion')} rules={[{ required: true, message: t('deliberations.conclusionRequired') }]}>
          <Select options={CONCLUSIONS.map((c) => ({ value: c, label: t(`deliberations.conclusions.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="conclusionText"
          label={t('deliberations.conclusionText')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('deliberations.conclusionTextRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="dissent" label={t('deliberations.dissent')} extra={t('deliberations.dissentHint')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AddItemButton({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ caseId: string; reportSummary: string }>();
  const awaiting = useAwaitingCases(m.orgId, open);
  const add = useAddItem();
  const submit = useConfirmedSubmit(form, {
    title: t('deliberations.addItemTitle'),
    done: t('deliberations.itemAdded'),
    onDone: () => {
      form.resetFields();
      setOpen(false);
    },
  });
  const options = (awaiting.data ?? []).map((c) => ({
    value: c.id,
    disabled: c.onMeetingId !== null,
    label: `${c.partyName}（${penaltyText(c.penalty)}）${c.onMeetingId ? ` — ${t('deliberations.onOtherMeeting')}` : ''}`,
  }));
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="deliberation-add-item">
        {t('deliberations.addItem')}
      </Button>
      <Modal
        open={open}
        width={680}
        title={t('deliberations.addItemTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="deliberationAddItem"
          onFinish={(v) => submit.confirmThenSend(undefined, () => add.mutateAsync({ id: m.id, version: m.version, ...v }))}
        >
          <Form.Item
            name="caseId"
            label={t('deliberations.case')}
            rules={[{ required: true, message: t('deliberations.caseRequired') }]}
            extra={awaiting.data?.length === 0 ? t('deliberations.noAwaiting') : undefined}
          >
            <Select showSearch optionFilterProp="label" options={options} loading={awaiting.isLoading} />
          </Form.Item>
          <Form.Item
            name="reportSummary"
            label={t('deliberations.reportSummary')}
            extra={t('deliberations.reportSummaryHint')}
            rules={[{ required: true, whitespace: true, min: 10, message: t('deliberations.reportSummaryRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function CloseButton({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const close = useCloseMeeting();
  const { modal, message } = App.useApp();
  const reportError = useReportError();
  return (
    <Button
      type="primary"
      loading={close.isPending}
      data-testid="deliberation-close"
      onClick={() =>
        modal.confirm({
          title: t('deliberations.close'),
          content: t('deliberations.closeConfirm'),
          okText: t('common.ok'),
          cancelText: t('common.cancel'),
          onOk: () =>
            close.mutateAsync({ id: m.id, version: m.version }).then(
              () => void message.success(t('deliberations.closed')),
              (e) => reportError(e),
            ),
        })
      }
    >
      {t('deliberations.close')}
    </Button>
  );
}
