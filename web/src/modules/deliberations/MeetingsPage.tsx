import { Alert, Button, Card, Flex, Form, Input, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MEETING_STATES } from '../../../../src/modules/deliberations/codes';
import { DELIBERATION_SORTS } from '../../../../src/modules/deliberations/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { usePeople } from '../people/api';
import { type CreateBody, type Meeting, useCreateMeeting, useMeetings } from './api';
import { MeetingStateTag } from './labels';
import { MembersFields } from './MembersFields';

const SPEC = { enums: { state: MEETING_STATES }, sorts: DELIBERATION_SORTS };
type Row = Omit<Meeting, 'items'>;

/** 集体讨论会议: the meetings of the subtree, latest first; the leaders arrange a new one. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListQuery(SPEC);
  const meetings = useMeetings(list.query);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const columns: TableColumnsType<Row> = [
    {
      title: t('deliberations.heldOn'),
      dataIndex: 'heldOn',
      key: 'heldOn',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'heldOn'),
      render: (d: string, m) => <Link to={`/deliberations/${m.id}`}>{d}</Link>,
    },
    { title: t('deliberations.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('deliberations.place'), dataIndex: 'place', key: 'place' },
    { title: t('deliberations.chair'), dataIndex: 'chairName', key: 'chairName' },
    { title: t('deliberations.itemCount'), dataIndex: 'itemCount', key: 'itemCount' },
    { title: t('deliberations.state'), dataIndex: 'state', key: 'state', render: (s: Row['state']) => <MeetingStateTag state={s} /> },
    { title: t('deliberations.minutesNumber'), dataIndex: 'minutesNumber', key: 'minutesNumber', render: (n: string | null) => n ?? '—' },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('deliberations.title')}</PageTitle>
        {can(user.roles, 'deliberation.manage') && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="deliberation-create">
            {t('deliberations.create')}
          </Button>
        )}
      </Flex>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('deliberations.intro')} />
      <Card>
        <ListFilters
          name="deliberationsFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('deliberations.search')}
          dateLabel={t('deliberations.heldOn')}
          selects={[
            { name: 'state', label: t('deliberations.state'), options: MEETING_STATES.map((s) => ({ value: s, label: t(`deliberations.states.${s}`) })) },
          ]}
        />
        {meetings.isError && <ErrorAlert error={meetings.error} />}
        <Table<Row>
          rowKey="id"
          columns={columns}
          dataSource={meetings.data?.items}
          loading={meetings.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('deliberations.empty')}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, DELIBERATION_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: meetings.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          data-testid="deliberation-table"
        />
      </Card>
      {creating && <CreateMeetingModal onClose={() => setCreating(false)} onCreated={(id) => navigate(`/deliberations/${id}`)} />}
    </>
  );
}

function CreateMeetingModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<CreateBody>();
  const orgId = Form.useWatch('orgId', form) ?? user.orgId ?? undefined;
  const people = usePeople({ orgId }, 1, 200, !!orgId);
  const create = useCreateMeeting();
  const reportError = useReportError();
  const recorders = (people.data?.items ?? []).filter((p) => p.orgId === orgId).map((p) => ({ value: p.id, label: p.displayName }));
  return (
    <Modal
      open
      width={760}
      title={t('deliberations.createTitle')}
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
        name="deliberationCreate"
        initialValues={{ orgId: user.orgId, members: [{ kind: 'chair', present: true }] }}
        onFinish={(v) =>
          create.mutateAsync(v).then(
            (m) => onCreated(m.id),
            (e) => reportError(e, form),
          )
        }
      >
        <Form.Item name="orgId" label={t('deliberations.org')} rules={[{ required: true, message: t('deliberations.org') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="heldOn" label={t('deliberations.heldOn')} rules={[{ required: true, message: t('deliberations.heldOn') }]} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
          <Form.Item
            name="place"
            label={t('deliberations.place')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('deliberations.place') }]}
            style={{ flex: 2 }}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Form.Item name="recorderId" label={t('deliberations.recorder')} rules={[{ required: true, message: t('deliberations.recorder') }]}>
          <Select showSearch optionFilterProp="label" options={recorders} />
        </Form.Item>
        <Form.Item label={t('deliberations.members')} extra={t('deliberations.membersHint')}>
          <MembersFields orgId={orgId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
