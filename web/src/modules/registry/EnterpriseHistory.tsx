import { Empty, Spin, Table, Tag, Timeline, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { useOrgTree, type OrgNode } from '../orgs/api';
import { useEnterpriseHistory, type Revision } from './api';
import { changeText } from './changeText';
import { byFieldOrder, fieldLabel } from './labels';

interface ChangeRow {
  field: string;
  from: unknown;
  to: unknown;
}

function useOrgNames(): Map<string, string> {
  const tree = useOrgTree();
  return useMemo(() => {
    const names = new Map<string, string>();
    const walk = (nodes: OrgNode[]) =>
      nodes.forEach((n) => {
        names.set(n.id, n.name);
        walk(n.children);
      });
    walk(tree.data ?? []);
    return names;
  }, [tree.data]);
}

function SourceTag({ source }: { source: string }) {
  const { t } = useTranslation();
  if (source === 'manual') return <Tag>{t('enterpriseHistory.sourceManual')}</Tag>;
  if (source.startsWith('import:')) return <Tag color="blue">{t('enterpriseHistory.sourceImport')}</Tag>;
  return <Tag>{source}</Tag>;
}

export function EnterpriseHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useEnterpriseHistory(id);
  const orgNames = useOrgNames();

  if (history.isPending) return <Spin />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Empty description={t('enterpriseHistory.empty')} />;

  const empty = <Typography.Text type="secondary">{t('enterpriseHistory.blank')}</Typography.Text>;
  const show = (field: string, v: unknown) => changeText(t, field, v, orgNames) || empty;
  const columns: TableColumnsType<ChangeRow> = [
    { title: t('enterpriseHistory.field'), dataIndex: 'field', key: 'field', width: 160, render: (f: string) => fieldLabel(t, f) },
    { title: t('enterpriseHistory.from'), key: 'from', render: (_, r) => show(r.field, r.from) },
    { title: t('enterpriseHistory.to'), key: 'to', render: (_, r) => show(r.field, r.to) },
  ];

  // Everything goes in `content`: a Timeline `title` would sit on the other side of the axis.
  const item = (r: Revision) => ({
    key: r.version,
    content: (
      <>
        <div style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('enterpriseHistory.version', { version: r.version })}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {formatDateTime(r.at)} · {r.actorName ?? t('enterpriseHistory.system')}
          </Typography.Text>{' '}
          <SourceTag source={r.source} />
        </div>
        <Table<ChangeRow>
          rowKey="field"
          size="small"
          columns={columns}
          dataSource={Object.entries(r.changes)
            .sort(([a], [b]) => byFieldOrder(a, b))
            .map(([field, c]) => ({ field, from: c.from, to: c.to }))}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </>
    ),
  });

  return <Timeline items={history.data.map(item)} />;
}
