import { Card, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POWER_KINDS, type PowerKind } from '../../../../src/modules/catalogue/standards/types';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import type { PowerItemOut } from './api';
import { EntryActions, EntrySourceTags } from './EntrySource';
import { HistoryDrawer } from './HistoryDrawer';
import { usePowerItemHistory, usePowerItems, useWithdrawPowerItem } from './lists-api';
import { ListToolbar, useListOrg } from './ListToolbar';
import { PowerFormModal } from './PowerFormModal';
import { PowerMatters } from './PowerMatters';
import { WithdrawModal } from './WithdrawModal';

const KIND_COLOR: Record<PowerKind, string> = {
  行政处罚: 'red',
  行政强制: 'volcano',
  行政检查: 'blue',
  行政许可: 'green',
  行政奖励: 'gold',
  其他: 'default',
};

type Dialog = { kind: 'edit'; item?: PowerItemOut } | { kind: 'withdraw'; item: PowerItemOut } | { kind: 'history'; code: string } | null;

function History({ code, orgId, onClose }: { code: string; orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const history = usePowerItemHistory(code, orgId);
  return (
    <HistoryDrawer
      code={code}
      history={history}
      render={({ matters, ...item }) => (
        <>
          <p>
            <Tag color={KIND_COLOR[item.kind]}>{item.kind}</Tag> {item.name}
          </p>
          <p>{t('powers.basisLine', { basis: item.basis, subject: item.subject })}</p>
          <PowerMatters item={{ code, ...item }} matters={matters.map((m) => ({ ...m, powerCode: code }))} />
        </>
      )}
      onClose={onClose}
    />
  );
}

/** 权责清单 in force for an org: each power item expandable into its enforcement matters, with where it comes from. */
export function PowersPage() {
  const { t } = useTranslation();
  const list = useListOrg();
  const powers = usePowerItems(list.orgId, list.showWithdrawn);
  const withdraw = useWithdrawPowerItem();
  const [kind, setKind] = useState<PowerKind | undefined>();
  const [q, setQ] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);

  const rows = useMemo(
    () =>
      (powers.data?.powerItems ?? []).filter((p) => (!kind || p.kind === kind) && (!q || p.name.includes(q) || p.code.toUpperCase().includes(q.toUpperCase()))),
    [powers.data, kind, q],
  );
  const mattersOf = (code: string) => (powers.data?.enforcementMatters ?? []).filter((m) => m.powerCode === code);

  const columns: TableColumnsType<PowerItemOut> = [
    { title: t('powers.code'), dataIndex: 'code', key: 'code', width: 130, sorter: (a, b) => a.code.localeCompare(b.code) },
    { title: t('powers.kind'), dataIndex: 'kind', key: 'kind', width: 110, render: (k: PowerKind) => <Tag color={KIND_COLOR[k]}>{k}</Tag> },
    { title: t('powers.name'), dataIndex: 'name', key: 'name' },
    { title: t('powers.basis'), dataIndex: 'basis', key: 'basis', width: 260 },
    { title: t('powers.subject'), dataIndex: 'subject', key: 'subject', width: 140 },
    { title: t('orgLists.source'), key: 'source', width: 170, render: (_, p) => <EntrySourceTags entry={p} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, p) => (
        <EntryActions
          entry={p}
          onEdit={list.mayEdit ? () => setDialog({ kind: 'edit', item: p }) : undefined}
          onRestore={list.mayEdit ? () => setDialog({ kind: 'edit', item: p }) : undefined}
          onWithdraw={list.mayEdit ? () => setDialog({ kind: 'withdraw', item: p }) : undefined}
          onHistory={() => setDialog({ kind: 'history', code: p.code })}
        />
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('powers.title')}</PageTitle>
      <Card>
        <ListToolbar list={list} onAdd={() => setDialog({ kind: 'edit' })}>
          <Input.Search
            allowClear
            enterButton={t('common.search')}
            placeholder={t('powers.search')}
            aria-label={t('powers.search')}
            onSearch={(value) => setQ(value.trim())}
            style={{ maxWidth: 320 }}
          />
          <Select<PowerKind>
            allowClear
            placeholder={t('powers.allKinds')}
            aria-label={t('powers.kind')}
            value={kind}
            onChange={setKind}
            options={POWER_KINDS.map((k) => ({ value: k, label: k }))}
            style={{ minWidth: 140 }}
          />
        </ListToolbar>
        {powers.isError && <ErrorAlert error={powers.error} />}
        <Table<PowerItemOut>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={powers.isFetching}
          // No max-content scroll: the expanded duties are long paragraphs that must wrap to the table.
          scroll={{ x: 1200 }}
          data-testid="power-table"
          expandable={{ expandedRowRender: (p) => <PowerMatters item={p} matters={mattersOf(p.code)} /> }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        />
      </Card>
      {dialog?.kind === 'edit' && (
        <PowerFormModal
          orgId={list.orgId}
          orgName={list.orgName}
          regionCode={list.regionCode}
          entry={dialog.item && { item: dialog.item, matters: mattersOf(dialog.item.code) }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawModal
          name={`${dialog.item.code} ${dialog.item.name}`}
          orgName={list.orgName}
          pending={withdraw.isPending}
          onSubmit={(reason) => withdraw.mutateAsync({ code: dialog.item.code, body: { orgId: list.orgId, reason } })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'history' && <History code={dialog.code} orgId={list.orgId} onClose={() => setDialog(null)} />}
    </>
  );
}
