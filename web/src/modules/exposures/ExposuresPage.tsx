import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseOut } from '../../../../src/modules/cases/contract';
import { EXPOSURE_CHANNELS, EXPOSURE_KINDS, EXPOSURE_STATES, type ExposureKind } from '../../../../src/modules/exposures/codes';
import { EXPOSURE_SORTS } from '../../../../src/modules/exposures/contract';
import { can } from '../../app/access';
import { api } from '../../app/api';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { PageTitle } from '../../app/Layout';
import { ListFilters } from '../../app/ListFilters';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { DownloadButton } from '../registry/DownloadButton';
import { useEnterpriseOptions } from '../registry/useEnterpriseOptions';
import { type DraftBody, type Exposure, useDraft, useExposures } from './api';
import { ExposureStateTag, KindTag } from './labels';

const FIGURES = ['exposures.exposures', 'exposures.typicalCases', 'exposures.circulars'] as const;
const SPEC = { enums: { kind: EXPOSURE_KINDS, state: EXPOSURE_STATES, figure: FIGURES }, sorts: EXPOSURE_SORTS };

/** 警示曝光、典型案例和通报: the subtree's, latest drafted first; officers draft, leaders approve on the item's page. */
export function ExposuresPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListQuery(SPEC);
  const items = useExposures(list.query);
  const [drafting, setDrafting] = useState(false);
  const figure = list.filter.figure as (typeof FIGURES)[number] | undefined;
  const columns: TableColumnsType<Exposure> = [
    { title: t('exposures.kind'), dataIndex: 'kind', key: 'kind', render: (k: ExposureKind) => <KindTag kind={k} /> },
    { title: t('exposures.titleField'), dataIndex: 'title', key: 'title', width: 320, render: (s: string, e) => <Link to={`/exposures/${e.id}`}>{s}</Link> },
    { title: t('exposures.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', render: (s: string | null) => s ?? '—' },
    { title: t('exposures.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('exposures.state'), dataIndex: 'state', key: 'state', render: (s: Exposure['state']) => <ExposureStateTag state={s} /> },
    { title: t('exposures.draftedOn'), dataIndex: 'draftedOn', key: 'draftedOn', sorter: true, sortOrder: sortOrderOf(list.sort, 'draftedOn') },
    {
      title: t('exposures.publishedOn'),
      dataIndex: 'publishedOn',
      key: 'publishedOn',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'publishedOn'),
      render: (d: string | null) => d ?? '—',
    },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('exposures.title')}</PageTitle>
        <Flex gap={8} wrap>
          {can(user.roles, 'exposure.draft') && (
            <Button type="primary" onClick={() => setDrafting(true)} data-testid="exposure-draft">
              {t('exposures.draft')}
            </Button>
          )}
          <Link to="/exposures/summons">
            <Button>{t('exposures.summons.title')}</Button>
          </Link>
          <DownloadButton
            path="/api/exposures/export.xlsx"
            fallbackName={`${t('exposures.title')}.xlsx`}
            query={list.exportQuery}
            data-testid="exposure-export"
          >
            {t('common.list.exportXlsx')}
          </DownloadButton>
        </Flex>
      </Flex>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('exposures.intro')} />
      <Card>
        {figure && <FigureFilterAlert filter={list.filter} name={t(`exposures.figureNames.${figure}`)} onClear={() => list.setFilter({ figure: undefined })} />}
        <ListFilters
          name="exposuresFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('exposures.search')}
          dateLabel={figure ? t('common.figurePeriod') : t('exposures.draftedOn')}
          selects={[
            { name: 'kind', label: t('exposures.kind'), options: EXPOSURE_KINDS.map((k) => ({ value: k, label: t(`exposures.kinds.${k}`) })) },
            { name: 'state', label: t('exposures.state'), options: EXPOSURE_STATES.map((s) => ({ value: s, label: t(`exposures.states.${s}`) })) },
          ]}
        />
        {items.isError && <ErrorAlert error={items.error} />}
        <Table<Exposure>
          rowKey="id"
          columns={columns}
          dataSource={items.data?.items}
          loading={items.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('exposures.empty')}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, EXPOSURE_SORTS));
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
          data-testid="exposure-table"
        />
      </Card>
      {drafting && <DraftModal onClose={() => setDrafting(false)} />}
    </>
  );
}

/** Decided penalty cases the reader may see, found by the party's name (the cases list). */
function useDecidedCases(q: string) {
  return useQuery({
    queryKey: ['exposures', 'cases', q],
    queryFn: () => api<{ items: CaseOut[] }>('/api/cases', { query: { q: q || undefined, pageSize: 50, sort: 'updatedAt', order: 'desc' } }),
    select: (r) => r.items.filter((c) => c.decisionNumber && c.decidedOn),
  });
}

function DraftModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const [form] = Form.useForm<DraftBody>();
  const kind = Form.useWatch('kind', form) ?? 'exposure';
  const [q, setQ] = useState('');
  const cases = useDecidedCases(q);
  const firms = useEnterpriseOptions(user.orgId ?? undefined);
  const draft = useDraft();
  const submit = useConfirmedSubmit(form, { title: t('exposures.draftTitle'), done: t('exposures.drafted'), onDone: onClose });
  const caseOptions = (cases.data ?? [])
    .filter((c) => kind !== 'exposure' || c.enterpriseId)
    .map((c) => ({ value: c.id, label: `${c.partyName} ${c.decisionNumber}（${c.decidedOn}）` }));
  const required = { required: true, whitespace: true, message: t('exposures.required') };
  return (
    <Modal
      open
      width={720}
      title={t('exposures.draftTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={draft.isPending}
      destroyOnHidden
    >
      <Form<DraftBody>
        form={form}
        layout="vertical"
        name="exposureDraft"
        initialValues={{ kind: 'exposure', channels: [], personNames: [] }}
        onFinish={(v) => submit.confirmThenSend(t('exposures.draftConfirm'), () => draft.mutateAsync([v]).then((e) => navigate(`/exposures/${e.id}`)))}
      >
        <Form.Item name="kind" label={t('exposures.kind')} rules={[{ required: true, message: t('exposures.required') }]}>
          <Select options={EXPOSURE_KINDS.map((k) => ({ value: k, label: t(`exposures.kinds.${k}`) }))} />
        </Form.Item>
        {kind !== 'circular' && (
          <Form.Item name="caseId" label={t('exposures.case')} extra={t('exposures.caseHint')} rules={[{ required: true, message: t('exposures.required') }]}>
            <Select showSearch={{ onSearch: setQ, filterOption: false }} loading={cases.isFetching} options={caseOptions} />
          </Form.Item>
        )}
        {kind === 'circular' && (
          <Flex gap={16} wrap>
            <Form.Item name="number" label={t('exposures.number')} rules={[required]} style={{ flex: 1 }}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="scope" label={t('exposures.scope')} rules={[required]} style={{ flex: 2 }}>
              <Input maxLength={200} />
            </Form.Item>
          </Flex>
        )}
        {kind === 'circular' && (
          <Form.Item name="enterpriseIds" label={t('exposures.enterpriseIds')}>
            <Select mode="multiple" {...firms.selectProps} onChange={undefined} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('exposures.titleField')} rules={[{ ...required, min: 4 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label={t('exposures.content')} extra={t('exposures.contentHint')} rules={[{ ...required, min: 10 }]}>
          <Input.TextArea rows={5} maxLength={8000} showCount />
        </Form.Item>
        <Form.Item name="personNames" label={t('exposures.personNames')} extra={t('exposures.personNamesHint')}>
          <Select mode="tags" open={false} aria-label={t('exposures.personNames')} />
        </Form.Item>
        <Form.Item name="channels" label={t('exposures.channelsField')}>
          <Select mode="multiple" options={EXPOSURE_CHANNELS.map((c) => ({ value: c, label: t(`exposures.channels.${c}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
