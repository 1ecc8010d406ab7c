import { Alert, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type OrgNode, useOrgTree } from '../orgs/api';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { type RoundRow, useCreateRound, useRounds } from './api';
import { RoundStateTag } from './labels';

/** 案卷评查: the rounds of the subtree, latest first; the legal office or the leaders plan a new one. */
export function RoundsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const rounds = useRounds();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const columns: TableColumnsType<RoundRow> = [
    { title: t('evaluations.name'), dataIndex: 'name', key: 'name', render: (n: string, r) => <Link to={`/evaluations/${r.id}`}>{n}</Link> },
    { title: t('evaluations.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('evaluations.period'), key: 'period', render: (_: unknown, r) => `${r.periodFrom} ～ ${r.periodTo}` },
    { title: t('evaluations.orgs'), key: 'orgs', render: (_: unknown, r) => r.orgs.map((o) => o.orgName).join('、') },
    { title: t('evaluations.fileCount'), dataIndex: 'fileCount', key: 'fileCount' },
    { title: t('evaluations.state'), dataIndex: 'state', key: 'state', render: (s: RoundRow['state']) => <RoundStateTag state={s} /> },
    { title: t('evaluations.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (d: string) => formatDateTime(d) },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('evaluations.title')}</PageTitle>
        <Flex gap={8}>
          <Link to="/evaluations/files">{t('evaluations.allFiles')}</Link>
          {can(user.roles, 'evaluation.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="evaluation-create">
              {t('evaluations.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('evaluations.intro')} />
      <Card>
        {rounds.isError && <ErrorAlert error={rounds.error} />}
        <Table<RoundRow>
          rowKey="id"
          columns={columns}
          dataSource={rounds.data}
          loading={rounds.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('evaluations.empty')}</Typography.Text> }}
          data-testid="evaluation-rounds"
        />
      </Card>
      {creating && <CreateRoundModal onClose={() => setCreating(false)} onCreated={(id) => navigate(`/evaluations/${id}`)} />}
    </>
  );
}

interface Values {
  orgId: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  orgIds: string[];
  perOrg?: number | null;
  sharePercent?: number | null;
  beaconSource: string;
  beaconFormat: string;
  beaconExpectedAt: Dayjs;
}

const beijingInstant = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

function findNode(nodes: OrgNode[], id: string | undefined): OrgNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = findNode(n.children, id);
    if (found) return found;
  }
  return undefined;
}

function CreateRoundModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const tree = useOrgTree();
  const orgId = Form.useWatch('orgId', form) ?? user.orgId ?? undefined;
  const subordinates = findNode(tree.data ?? [], orgId)?.children ?? [];
  const create = useCreateRound();
  const createdId = useRef('');
  const submit = useConfirmedSubmit(form, { title: t('evaluations.createTitle'), done: t('evaluations.created'), onDone: () => onCreated(createdId.current) });
  const required = (field: string) => [{ required: true, message: t('evaluations.required', { field }) }];
  return (
    <Modal
      open
      width={760}
      title={t('evaluations.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="evaluationCreate"
        initialValues={{ orgId: user.orgId, perOrg: 2, beaconSource: '中国福利彩票双色球 当晚开奖号码', beaconFormat: '红球升序以空格分隔+蓝球' }}
        onFinish={(v) =>
          submit.confirmThenSend(t('evaluations.createConfirm'), async () => {
            const r = await create.mutateAsync({
              orgId: v.orgId,
              name: v.name,
              periodFrom: v.periodFrom,
              periodTo: v.periodTo,
              orgIds: v.orgIds,
              perOrg: v.sharePercent ? null : (v.perOrg ?? null),
              sharePercent: v.sharePercent ?? null,
              beacon: { source: v.beaconSource, format: v.beaconFormat, expectedAt: beijingInstant(v.beaconExpectedAt) },
            });
            createdId.current = r.id;
          })
        }
      >
        <Form.Item name="orgId" label={t('evaluations.org')} rules={required(t('evaluations.org'))}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="name" label={t('evaluations.name')} rules={[...required(t('evaluations.name')), { min: 4, message: t('evaluations.name') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="orgIds"
          label={t('evaluations.orgs')}
          extra={subordinates.length ? t('evaluations.orgsHint') : t('evaluations.noSubordinates')}
          rules={required(t('evaluations.orgs'))}
        >
          <Select mode="multiple" optionFilterProp="label" options={subordinates.map((o) => ({ value: o.id, label: o.name }))} data-testid="evaluation-orgs" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="periodFrom" label={t('evaluations.periodFrom')} rules={required(t('evaluations.periodFrom'))} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
          <Form.Item name="periodTo" label={t('evaluations.periodTo')} rules={required(t('evaluations.periodTo'))} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="perOrg" label={t('evaluations.perOrg')} style={{ flex: 1 }}>
            <InputNumber min={1} max={50} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="sharePercent" label={t('evaluations.sharePercent')} style={{ flex: 1 }}>
            <InputNumber min={1} max={100} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="beaconSource" label={t('evaluations.beaconSource')} rules={required(t('evaluations.beaconSource'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="beaconFormat" label={t('evaluations.beaconFormat')} rules={required(t('evaluations.beaconFormat'))} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="beaconExpectedAt"
            label={t('evaluations.beaconExpectedAt')}
            extra={t('evaluations.beaconHint')}
            rules={required(t('evaluations.beaconExpectedAt'))}
            style={{ flex: 1 }}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="evaluation-beacon-at" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
