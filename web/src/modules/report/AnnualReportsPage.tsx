import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, InputNumber, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AnnualReportState } from '../../../../src/modules/report/annual/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { chinaNow, formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useAnnualReports, useCreateAnnual, type AnnualSummary } from './annual-api';

const STATE_COLOURS: Record<AnnualReportState, string> = { drafting: 'default', submitted: 'blue', approved: 'green' };

export function AnnualStateTag({ state }: { state: AnnualReportState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOURS[state]}>{t(`annual.states.${state}`)}</Tag>;
}

export function AnnualReportsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<{ orgId?: string; year?: number }>({});
  const [adding, setAdding] = useState(false);
  const list = useAnnualReports(filter);

  const columns: TableColumnsType<AnnualSummary> = [
    { title: t('annual.year'), dataIndex: 'year', key: 'year', sorter: (a, b) => a.year - b.year },
    { title: t('annual.reportTitle'), dataIndex: 'title', key: 'title', render: (title: string, r) => <Link to={`/report/annual/${r.id}`}>{title}</Link> },
    { title: t('annual.state'), dataIndex: 'state', key: 'state', render: (s: AnnualReportState) => <AnnualStateTag state={s} /> },
    { title: t('annual.publishedOn'), dataIndex: 'publishedOn', key: 'publishedOn', render: (v: string | null) => v ?? '—' },
    { title: t('annual.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', render: (v: string) => formatDateTime(v) },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('annual.title')}</PageTitle>
        {can(user.roles, 'report.draft') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('annual.add')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect value={filter.orgId} onChange={(orgId) => setFilter((f) => ({ ...f, orgId }))} placeholder={t('annual.org')} allowClear />
          <InputNumber<number>
            aria-label={t('annual.year')}
            placeholder={t('annual.year')}
            min={2000}
            max={2100}
            precision={0}
            value={filter.year ?? null}
            onChange={(year) => setFilter((f) => ({ ...f, year: year ?? undefined }))}
          />
        </Flex>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<AnnualSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('annual.empty') }}
          pagination={{ showTotal: (total) => t('common.total', { total }) }}
          data-testid="annual-table"
        />
      </Card>
      {adding && <CreateAnnualModal onClose={() => setAdding(false)} onCreated={(id) => navigate(`/report/annual/${id}`)} />}
    </>
  );
}

function CreateAnnualModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<{ orgId: string; year: number }>();
  const create = useCreateAnnual();
  const reportError = useReportError();
  const thisYear = chinaNow().year();

  async function submit(values: { orgId: string; year: number }) {
    try {
      const report = await create.mutateAsync(values);
      onCreated(report.id);
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal open title={t('annual.add')} okText={t('annual.create')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending}>
      <Typography.Paragraph type="secondary">{t('annual.createHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ orgId: user.orgId, year: thisYear - 1 }} onFinish={(v) => void submit(v)}>
        <Form.Item name="orgId" label={t('annual.org')} rules={[{ required: true }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="year" label={t('annual.year')} rules={[{ required: true }]}>
          <InputNumber<number> min={2000} max={thisYear} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
