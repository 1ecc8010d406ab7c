import { Alert, Button, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawDetail, DrawnEnterprise } from './api';
import { WithdrawModal } from './WithdrawModal';

type Redraw = DrawDetail['redraws'][number];

/** The drawn enterprises with their teams, what could not be staffed, and every re-draw. */
export function DrawResult({ draw: d, operator }: { draw: DrawDetail; operator: boolean }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<DrawnEnterprise | null>(null);
  const names = new Map(d.enterprises.map((e) => [e.enterpriseId, e.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  const columns: TableColumnsType<DrawnEnterprise> = [
    { title: '#', key: 'n', render: (_, __, i) => i + 1, width: 48 },
    { title: t('draws.enterprise'), dataIndex: 'name', key: 'name' },
    { title: t('draws.uscc'), dataIndex: 'uscc', key: 'uscc' },
    { title: t('draws.stratum'), dataIndex: 'stratumName', key: 'stratum' },
    {
      title: t('draws.officers'),
      key: 'officers',
      render: (_, e) => (
        <span data-testid="officers">
          {e.officers.map((o) => (
            <Tag key={o.id}>{o.name}</Tag>
          ))}
        </span>
      ),
    },
  ];
  if (operator && d.status === 'drawn') {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, e) => (
        <Button type="link" onClick={() => setWithdrawing(e)} aria-label={`${t('draws.withdraw')} ${e.name}`}>
          {t('draws.withdraw')}
        </Button>
      ),
    });
  }
  const redrawColumns: TableColumnsType<Redraw> = [
    { title: t('draws.seq'), dataIndex: 'seq', key: 'seq', width: 64 },
    { title: t('draws.kind'), dataIndex: 'kind', key: 'kind', render: (k: string) => (k === 'enterprise' || k === 'officer' ? t(`draws.kinds.${k}`) : k) },
    { title: t('draws.enterprise'), key: 'enterprise', render: (_, r) => r.enterpriseName + (r.officerName ? ` / ${r.officerName}` : '') },
    { title: t('draws.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('draws.replacement'),
      key: 'replacement',
      render: (_, r) => (r.kind === 'enterprise' ? (r.replacementName ?? t('draws.noReplacement')) : ''),
    },
    { title: t('draws.addedOfficers'), key: 'added', render: (_, r) => r.addedOfficerNames.join('、') },
  ];

  return (
    <section aria-labelledby="draw-result-title">
      <h2 id="draw-result-title" style={{ fontSize: 16 }}>
        {t('draws.result')}
      </h2>
      <Alert type="success" showIcon title={t('draws.tasksCreated', { count: d.taskCount })} style={{ marginBottom: 12 }} data-testid="tasks-created" />
      {d.tally?.note && (
        <Alert type="warning" showIcon title={t('draws.shortfall')} description={d.tally.note} style={{ marginBottom: 12 }} data-testid="draw-shortfall" />
      )}
      {d.failures.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('draws.failures')}
          description={d.failures.map((f) => `${nameOf(f.enterpriseId)}：${f.message}`).join('；')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<DrawnEnterprise>
        rowKey="enterpriseId"
        columns={columns}
        dataSource={d.enterprises}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="draw-result"
      />
      {d.redraws.length > 0 && (
        <>
          <h3 style={{ fontSize: 15 }}>{t('draws.redraws')}</h3>
          <Table<Redraw>
            rowKey="seq"
            columns={redrawColumns}
            dataSource={d.redraws}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            data-testid="redraws"
          />
        </>
      )}
      {withdrawing && <WithdrawModal draw={d} row={withdrawing} onClose={() => setWithdrawing(null)} />}
    </section>
  );
}
