import { SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { FilterForm } from '../../app/FilterForm';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { useLedgerActions, useLedgerEntries, useVerifyChain, type LedgerEntry } from './api';
import { CheckpointsTable } from './CheckpointsTable';
import { EntryDrawer } from './EntryDrawer';
import { HashText } from './HashText';
import { SubjectText } from './SubjectText';
import { VerifyResultAlert } from './VerifyResultAlert';

export function LedgerPage() {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [action, setAction] = useState<string>();
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  const entries = useLedgerEntries(action);
  const actions = useLedgerActions();
  const verify = useVerifyChain();
  const rows = entries.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: TableColumnsType<LedgerEntry> = [
    {
      title: t('ledger.seq'),
      dataIndex: 'seq',
      key: 'seq',
      align: 'right',
      // A real button so keyboard users can open the entry; mouse users can click anywhere on the row.
      render: (seq: number) => (
        <Button type="link" size="small" onClick={() => setOpenSeq(seq)} style={{ padding: 0 }}>
          {seq}
        </Button>
      ),
    },
    { title: t('ledger.at'), dataIndex: 'at', key: 'at', render: (v: string) => formatDateTime(v) },
    { title: t('ledger.org'), dataIndex: 'orgName', key: 'org' },
    { title: t('ledger.actor'), dataIndex: 'actorName', key: 'actor' },
    {
      title: t('ledger.action'),
      key: 'action',
      // The name for people; the code (what the filter takes) on hover.
      render: (_, e) => <span title={e.action}>{e.actionName}</span>,
    },
    {
      title: t('ledger.subject'),
      key: 'subject',
      render: (_, e) => <SubjectText entry={e} />,
    },
    {
      title: t('ledger.entryHash'),
      dataIndex: 'entryHash',
      key: 'entryHash',
      // Copying must not also open the drawer.
      render: (v: string) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: not a control; it keeps the copy button's click and keys from also opening the row
        <span role="presentation" onClick={(ev) => ev.stopPropagation()} onKeyDown={(ev) => ev.stopPropagation()}>
          <HashText hash={v} copyable />
        </span>
      ),
    },
    { title: t('ledger.prevHash'), dataIndex: 'prevHash', key: 'prevHash', render: (v: string) => <HashText hash={v} /> },
  ];

  return (
    <>
      <PageTitle>{t('ledger.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
          <FilterForm name="ledgerFilter">
            <Form.Item name="action" label={t('ledger.filterAction')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('ledger.filterActionPlaceholder')}
                options={actions.data?.map((a) => ({ value: a.action, label: a.name }))}
                loading={actions.isPending}
                onChange={(v: string | undefined) => setAction(v)}
                style={{ width: 320, maxWidth: '100%' }}
              />
            </Form.Item>
          </FilterForm>
          <Button
            type="primary"
            icon={<SafetyOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate(undefined, { onError: (e) => reportError(e) })}
          >
            {t('ledger.verify')}
          </Button>
        </Flex>
        {verify.data && (
          <div style={{ marginBottom: 16 }}>
            <VerifyResultAlert result={verify.data} />
          </div>
        )}
        {entries.isError && <ErrorAlert error={entries.error} />}
        <Table<LedgerEntry>
          data-testid="ledger-entries"
          rowKey="seq"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={entries.isFetching && !entries.isFetchingNextPage}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(entry) => ({ onClick: () => setOpenSeq(entry.seq), style: { cursor: 'pointer' } })}
        />
        <Flex justify="center" style={{ marginTop: 16 }}>
          {entries.hasNextPage ? (
            <Button onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          ) : (
            rows.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
          )}
        </Flex>
      </Card>
      <Card title={t('ledger.checkpoints')}>
        <CheckpointsTable />
      </Card>
      {openSeq !== null && <EntryDrawer seq={openSeq} onClose={() => setOpenSeq(null)} />}
    </>
  );
}
