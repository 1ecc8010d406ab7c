import { Alert, Button, Card, Form, Input, Modal, Select, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TRANSFER_STATES } from '../../../../src/modules/transfers/codes';
import { type JointMeetingIn, TRANSFER_SORTS } from '../../../../src/modules/transfers/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { DownloadButton } from '../registry/DownloadButton';
import { type JointMeeting, type Transfer, useJointMeetings, useRecordJointMeeting, useTransfers } from './api';
import { PeriodTag, TransferStateTag } from './labels';

const SPEC = { enums: { state: TRANSFER_STATES }, sorts: TRANSFER_SORTS };

/** 行刑衔接: the transfers of the subtree (filter, sort, page, export) and the joint meetings. */
export function TransfersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('transfers.title')}</PageTitle>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('transfers.intro')} />
      <Tabs
        items={[
          { key: 'transfers', label: t('transfers.tabTransfers'), children: <TransferList /> },
          { key: 'meetings', label: t('transfers.tabMeetings'), children: <MeetingList /> },
        ]}
      />
    </>
  );
}

function TransferList() {
  const { t } = useTranslation();
  const list = useListQuery(SPEC);
  const transfers = useTransfers(list.query);
  const columns: TableColumnsType<Transfer> = [
    {
      title: t('transfers.party'),
      dataIndex: 'partyName',
      key: 'partyName',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'partyName'),
      render: (name: string, r) => <Link to={`/transfers/${r.id}`}>{name}</Link>,
    },
    { title: t('transfers.approvedOn'), dataIndex: 'approvedOn', key: 'approvedOn', sorter: true, sortOrder: sortOrderOf(list.sort, 'approvedOn') },
    { title: t('transfers.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('transfers.policeAuthority'), dataIndex: 'policeAuthority', key: 'policeAuthority', render: (s: string | null) => s ?? '—' },
    { title: t('transfers.personCount'), key: 'persons', render: (_: unknown, r) => r.persons.length },
    { title: t('transfers.state'), dataIndex: 'state', key: 'state', render: (s: Transfer['state']) => <TransferStateTag state={s} /> },
    { title: t('transfers.period'), key: 'period', render: (_: unknown, r) => (r.period ? <PeriodTag period={r.period} /> : '—') },
  ];
  return (
    <Card
      extra={
        <DownloadButton path="/api/transfers/export.xlsx" fallbackName={`${t('transfers.title')}.xlsx`} query={list.exportQuery} data-testid="transfer-export">
          {t('common.list.exportXlsx')}
        </DownloadButton>
      }
    >
      <ListFilters
        name="transfersFilter"
        filter={list.filter}
        onChange={list.setFilter}
        onClear={list.clearFilter}
        searchLabel={t('transfers.search')}
        dateLabel={t('transfers.approvedOn')}
        selects={[{ name: 'state', label: t('transfers.state'), options: TRANSFER_STATES.map((s) => ({ value: s, label: t(`transfers.states.${s}`) })) }]}
      />
      {transfers.isError && <ErrorAlert error={transfers.error} />}
      <Table<Transfer>
        rowKey="id"
        columns={columns}
        dataSource={transfers.data?.items}
        loading={transfers.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('transfers.empty')}</Typography.Text> }}
        onChange={(_p, _f, sorter, extra) => {
          if (extra.action === 'sort') list.setSort(sortFromTable(sorter, TRANSFER_SORTS));
        }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: transfers.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          onChange: list.setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
        data-testid="transfer-table"
      />
    </Card>
  );
}

function MeetingList() {
  const { t } = useTranslation();
  const user = useUser();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const meetings = useJointMeetings(page);
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<JointMeeting> = [
    { title: t('transfers.meetings.heldOn'), dataIndex: 'heldOn', key: 'heldOn' },
    { title: t('transfers.meetings.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('transfers.meetings.participants'), dataIndex: 'participants', key: 'participants', render: (p: string[]) => p.join('、') },
    { title: t('transfers.meetings.topics'), dataIndex: 'topics', key: 'topics' },
    { title: t('transfers.meetings.conclusions'), dataIndex: 'conclusions', key: 'conclusions' },
  ];
  return (
    <Card
      extra={
        can(user.roles, 'criminalTransfer.record') && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="joint-meeting-create">
            {t('transfers.meetings.create')}
          </Button>
        )
      }
    >
      {meetings.isError && <ErrorAlert error={meetings.error} />}
      <Table<JointMeeting>
        rowKey="id"
        columns={columns}
        dataSource={meetings.data?.items}
        loading={meetings.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('transfers.meetings.empty')}</Typography.Text> }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: meetings.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
          showTotal: (total) => t('common.total', { total }),
        }}
        data-testid="joint-meeting-table"
      />
      {creating && <MeetingModal onClose={() => setCreating(false)} />}
    </Card>
  );
}

function MeetingModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<JointMeetingIn>();
  const record = useRecordJointMeeting();
  const reportError = useReportError();
  return (
    <Modal
      open
      width={680}
      title={t('transfers.meetings.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="jointMeeting"
        initialValues={{ orgId: user.orgId, participants: [] }}
        onFinish={(v) => record.mutateAsync(v).then(onClose, (e) => reportError(e, form))}
      >
        <Form.Item name="orgId" label={t('transfers.meetings.org')} rules={[{ required: true, message: t('transfers.meetings.org') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="heldOn" label={t('transfers.meetings.heldOn')} rules={[{ required: true, message: t('transfers.meetings.heldOn') }]}>
          <DateInput />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t('transfers.meetings.participants')}
          extra={t('transfers.meetings.participantsHint')}
          rules={[{ required: true, type: 'array', min: 2, message: t('transfers.meetings.participantsHint') }]}
        >
          <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} />
        </Form.Item>
        <Form.Item
          name="topics"
          label={t('transfers.meetings.topics')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('transfers.meetings.topics') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="conclusions"
          label={t('transfers.meetings.conclusions')}
          rules={[{ required: true, whitespace: true, min: 5, message: t('transfers.meetings.conclusions') }]}
        >
          <Input.TextArea rows={4} maxLength={8000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
