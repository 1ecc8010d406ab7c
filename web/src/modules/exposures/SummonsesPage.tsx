import { Alert, Button, Card, Flex, Form, Input, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SUMMONS_STATES, SUMMONS_TARGETS } from '../../../../src/modules/exposures/codes';
import { SUMMONS_SORTS } from '../../../../src/modules/exposures/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { ErrorAlert } from '../../app/feedback';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { PageTitle } from '../../app/Layout';
import { ListFilters } from '../../app/ListFilters';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { DownloadButton } from '../registry/DownloadButton';
import { useEnterpriseOptions } from '../registry/useEnterpriseOptions';
import { type Summons, type SummonsBody, useRecordSummons, useSummonses } from './api';
import { SummonsStateTag } from './labels';

const FIGURES = ['exposures.summonsEnterprises', 'exposures.summonsLocalities'] as const;
const SPEC = { enums: { targetKind: SUMMONS_TARGETS, state: SUMMONS_STATES, figure: FIGURES }, sorts: SUMMONS_SORTS };

/** 约谈记录: the subtree's summonses, latest first; officers and leaders record one. */
export function SummonsesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListQuery(SPEC);
  const items = useSummonses(list.query);
  const [recording, setRecording] = useState(false);
  const figure = list.filter.figure as (typeof FIGURES)[number] | undefined;
  const columns: TableColumnsType<Summons> = [
    {
      title: t('exposures.summons.heldOn'),
      dataIndex: 'heldOn',
      key: 'heldOn',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'heldOn'),
      render: (d: string, s) => <Link to={`/exposures/summons/${s.id}`}>{d}</Link>,
    },
    { title: t('exposures.summons.target'), dataIndex: 'targetKind', key: 'targetKind', render: (k: Summons['targetKind']) => t(`exposures.targets.${k}`) },
    { title: t('exposures.summons.targetName'), dataIndex: 'targetName', key: 'targetName' },
    { title: t('exposures.summons.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('exposures.summons.matters'), dataIndex: 'matters', key: 'matters', width: 320, ellipsis: true },
    { title: t('exposures.summons.followUpOn'), dataIndex: 'followUpOn', key: 'followUpOn', sorter: true, sortOrder: sortOrderOf(list.sort, 'followUpOn') },
    { title: t('exposures.state'), dataIndex: 'state', key: 'state', render: (s: Summons['state']) => <SummonsStateTag state={s} /> },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('exposures.summons.title')}</PageTitle>
        <Flex gap={8} wrap>
          {can(user.roles, 'summons.record') && (
            <Button type="primary" onClick={() => setRecording(true)} data-testid="summons-record">
              {t('exposures.summons.record')}
            </Button>
          )}
          <Link to="/exposures">
            <Button>{t('exposures.title')}</Button>
          </Link>
          <DownloadButton
            path="/api/summons/export.xlsx"
            fallbackName={`${t('exposures.summons.title')}.xlsx`}
            query={list.exportQuery}
            data-testid="summons-export"
          >
            {t('common.list.exportXlsx')}
          </DownloadButton>
        </Flex>
      </Flex>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('exposures.summons.intro')} />
      <Card>
        {figure && <FigureFilterAlert filter={list.filter} name={t(`exposures.figureNames.${figure}`)} onClear={() => list.setFilter({ figure: undefined })} />}
        <ListFilters
          name="summonsFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('exposures.summons.search')}
          dateLabel={figure ? t('common.figurePeriod') : t('exposures.summons.heldOn')}
          selects={[
            {
              name: 'targetKind',
              label: t('exposures.summons.target'),
              options: SUMMONS_TARGETS.map((k) => ({ value: k, label: t(`exposures.targets.${k}`) })),
            },
            { name: 'state', label: t('exposures.state'), options: SUMMONS_STATES.map((s) => ({ value: s, label: t(`exposures.summonsStates.${s}`) })) },
          ]}
        />
        {items.isError && <ErrorAlert error={items.error} />}
        <Table<Summons>
          rowKey="id"
          columns={columns}
          dataSource={items.data?.items}
          loading={items.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('exposures.summons.empty')}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, SUMMONS_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: items.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          data-testid="summons-table"
        />
      </Card>
      {recording && <RecordModal onClose={() => setRecording(false)} />}
    </>
  );
}

function RecordModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const [form] = Form.useForm<SummonsBody>();
  const targetKind = Form.useWatch('targetKind', form) ?? 'enterprise';
  const firms = useEnterpriseOptions(user.orgId ?? undefined);
  const record = useRecordSummons();
  const submit = useConfirmedSubmit(form, { title: t('exposures.summons.recordTitle'), done: t('exposures.summons.recorded'), onDone: onClose });
  const required = { required: true, whitespace: true, message: t('exposures.required') };
  const text = (name: keyof SummonsBody, rows = 2, min = 2) => (
    <Form.Item name={name} label={t(`exposures.summons.${name}` as 'exposures.summons.matters')} rules={[{ ...required, min }]}>
      <Input.TextArea rows={rows} maxLength={4000} />
    </Form.Item>
  );
  return (
    <Modal
      open
      width={720}
      title={t('exposures.summons.recordTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Form<SummonsBody>
        form={form}
        layout="vertical"
        name="summonsRecord"
        initialValues={{ targetKind: 'enterprise' }}
        onFinish={(v) =>
          submit.confirmThenSend(t('exposures.summons.recordConfirm'), () => record.mutateAsync([v]).then((s) => navigate(`/exposures/summons/${s.id}`)))
        }
      >
        <Form.Item name="targetKind" label={t('exposures.summons.target')} rules={[{ required: true, message: t('exposures.required') }]}>
          <Select options={SUMMONS_TARGETS.map((k) => ({ value: k, label: t(`exposures.targets.${k}`) }))} />
        </Form.Item>
        {targetKind === 'enterprise' ? (
          <Form.Item name="enterpriseId" label={t('exposures.summons.enterprise')} rules={[{ required: true, message: t('exposures.required') }]}>
            <Select {...firms.selectProps} />
          </Form.Item>
        ) : (
          <Form.Item name="targetName" label={t('exposures.summons.targetName')} rules={[required]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Flex gap={16} wrap>
          <Form.Item name="heldOn" label={t('exposures.summons.heldOn')} rules={[{ required: true, message: t('exposures.required') }]} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
          <Form.Item
            name="followUpOn"
            label={t('exposures.summons.followUpOn')}
            extra={t('exposures.summons.followUpHint')}
            rules={[{ required: true, message: t('exposures.required') }]}
            style={{ flex: 1 }}
          >
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.Item name="place" label={t('exposures.summons.place')} rules={[{ ...required, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        {text('summoners', 1)}
        {text('summoned', 1)}
        {text('matters', 3, 10)}
        {text('commitments', 3, 4)}
      </Form>
    </Modal>
  );
}
