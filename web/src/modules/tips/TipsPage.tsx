import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TipFields, tipBody, type TipValues } from './TipFields';
import { Link, useSearchParams } from 'react-router';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { parseList } from '../../app/useListQuery';
import { STAFF_CHANNELS, TIP_CHANNELS, TIP_FIGURE_CODES, TIP_KINDS, TIP_STATES, type TipFigureCode } from '../../../../src/modules/tips/contract';

const SPEC = { enums: { figure: TIP_FIGURE_CODES }, sorts: [] as string[] };
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { chinaNow, formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { useRecordTip, useTips, type Tip, type TipFilter } from './api';
import { RewardStateTag, TipStateTag } from './labels';

export function TipsPage() {
  const { t } = useTranslation();
  const user = useUser();
  // 统计分析's drill-down (?figure=&orgId=&from=&to=): the tips a figure counts, until taken off.
  const [params, setParams] = useSearchParams();
  const drill = parseList(params, SPEC).filter;
  const figure = drill.figure as TipFigureCode | undefined;
  const [filter, setFilter] = useState<TipFilter>(() => ({ page: 1, pageSize: 20, ...(drill.orgId ? { orgId: drill.orgId } : {}) }));
  const [recording, setRecording] = useState(false);
  const list = useTips(figure ? { ...filter, figure, from: drill.from, to: drill.to } : filter);
  const set = (patch: TipFilter) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const columns: TableColumnsType<Tip> = [
    { title: t('tips.receipt'), dataIndex: 'receipt', key: 'receipt', render: (r: string, tip) => <Link to={`/tips/${tip.id}`}>{r}</Link> },
    { title: t('tips.kind'), dataIndex: 'kind', key: 'kind', render: (k: Tip['kind']) => t(`tips.kinds.${k}`) },
    { title: t('tips.subject'), dataIndex: 'subjectName', key: 'subjectName' },
    { title: t('tips.channel'), dataIndex: 'channel', key: 'channel', render: (c: Tip['channel']) => t(`tips.channels.${c}`) },
    { title: t('tips.state'), dataIndex: 'state', key: 'state', render: (s: Tip['state']) => <TipStateTag state={s} /> },
    { title: t('tips.receivedAt'), dataIndex: 'receivedAt', key: 'receivedAt', render: (v: string) => formatDateTime(v) },
    { title: t('tips.acceptBy'), dataIndex: 'acceptBy', key: 'acceptBy' },
    { title: t('tips.finishBy'), dataIndex: 'finishBy', key: 'finishBy', render: (v: string | null) => v ?? '—' },
    {
      title: t('tips.rewardColumn'),
      dataIndex: 'rewardState',
      key: 'rewardState',
      render: (s: Tip['rewardState']) => (s ? <RewardStateTag state={s} /> : '—'),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('tips.title')}</PageTitle>
        {can(user.roles, 'tip.record') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('tips.record')}
          </Button>
        )}
      </Flex>
      <Card>
        {figure && <FigureFilterAlert filter={drill} name={t(`tips.figureNames.${figure}`)} onClear={() => setParams({}, { replace: true })} />}
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('tips.search')}
            placeholder={t('tips.search')}
            allowClear
            style={{ width: 260 }}
            onSearch={(q) => set({ q: q || undefined })}
          />
          {(
            [
              ['state', TIP_STATES, 'states'],
              ['kind', TIP_KINDS, 'kinds'],
              ['channel', TIP_CHANNELS, 'channels'],
            ] as const
          ).map(([key, values, labels]) => (
            <Select<string>
              key={key}
              aria-label={t(`tips.${key}`)}
              placeholder={t(`tips.${key}`)}
              allowClear
              style={{ minWidth: 150 }}
              value={filter[key]}
              onChange={(v) => set({ [key]: v })}
              options={values.map((v) => ({ value: v, label: t(`tips.${labels}.${v}` as 'tips.states.received') }))}
            />
          ))}
        </Flex>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<Tip>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('tips.empty') }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
          }}
          data-testid="tip-table"
        />
      </Card>
      {recording && <RecordTipModal onClose={() => setRecording(false)} />}
    </>
  );
}

interface RecordValues extends TipValues {
  channel: (typeof STAFF_CHANNELS)[number];
  receivedAt: Dayjs;
}

function RecordTipModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordTip();
  const reportError = useReportError();

  async function submit(v: RecordValues) {
    try {
      const r = await record.mutateAsync({ ...tipBody(v), channel: v.channel, receivedAt: v.receivedAt.toISOString() });
      void message.success(t('tips.recorded', { receipt: r.receipt }));
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      width={640}
      title={t('tips.recordTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ channel: 'hotline', receivedAt: chinaNow(), anonymous: false }} onFinish={(v) => void submit(v)}>
        <Flex gap={12} wrap>
          <Form.Item name="channel" label={t('tips.channel')} rules={[{ required: true }]} style={{ minWidth: 160 }}>
            <Select options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`tips.channels.${c}`) }))} />
          </Form.Item>
          <Form.Item name="receivedAt" label={t('tips.receivedAt')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" maxDate={chinaNow()} />
          </Form.Item>
        </Flex>
        <TipFields form={form} />
      </Form>
    </Modal>
  );
}
