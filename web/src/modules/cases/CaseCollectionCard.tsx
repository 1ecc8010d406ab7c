import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import type { CaseDetail } from './api';
import { ApprovalModal, DecisionModal, PreservationModal, SamplingModal } from './CollectionModals';

type Sampling = CaseDetail['samplings'][number] & { index: number };
type Preservation = CaseDetail['preservations'][number] & { index: number };
type Open = { kind: 'sampling' | 'preservation' } | { kind: 'approve' | 'decide'; index: number } | null;

const STATUS_COLOR = { requested: 'gold', approved: 'blue', refused: 'default', decided: 'green' } as const;
const fileUrl = (id: string, kind: string, index: number, format: 'pdf' | 'docx') =>
  `/api/cases/${encodeURIComponent(id)}/instruments/${kind}?format=${format}&index=${index}`;
/** Today in China, to flag a 处理期限 that has passed (the server refuses a late decision in any case). */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

function Files({ id, kind, index, label }: { id: string; kind: string; index: number; label?: string }) {
  return (
    <Space size={4}>
      {label && <Typography.Text type="secondary">{label}</Typography.Text>}
      <a href={fileUrl(id, kind, index, 'pdf')}>PDF</a>
      <a href={fileUrl(id, kind, index, 'docx')}>DOCX</a>
    </Space>
  );
}

/**
 * 抽样取证 and 先行登记保存 (行政处罚法 第五十六条): the case's investigators record samplings and
 * ask for preservation while it is under investigation; a head or deputy head who does not
 * investigate the case approves and decides. Buttons are a convenience: the server checks again.
 */
export function CaseCollectionCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState<Open>(null);
  const investigating = detail.state === 'investigating';
  const mayRecord = investigating && can(user.roles, 'case.investigate') && detail.investigatorIds.includes(user.id);
  const isHead = can(user.roles, 'case.approvePreservation') && !detail.investigatorIds.includes(user.id);
  if (!mayRecord && detail.samplings.length === 0 && detail.preservations.length === 0) return null;
  const today = chinaToday();

  return (
    <Card
      title={t('cases.collection.title')}
      style={{ marginBottom: 16 }}
      data-testid="case-collection"
      extra={
        mayRecord && (
          <Space wrap>
            <Button onClick={() => setOpen({ kind: 'sampling' })}>{t('cases.collection.addSampling')}</Button>
            <Button onClick={() => setOpen({ kind: 'preservation' })}>{t('cases.collection.requestPreservation')}</Button>
          </Space>
        )
      }
    >
      {detail.samplings.length > 0 && (
        <Table<Sampling>
          title={() => t('cases.collection.samplings')}
          rowKey="number"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={detail.samplings.map((s, index) => ({ ...s, index }))}
          columns={[
            { title: t('cases.collection.number'), dataIndex: 'number', key: 'number' },
            { title: t('cases.collection.sampledAt'), dataIndex: 'sampledAt', key: 'sampledAt', render: (v: string) => formatDateTime(v) },
            { title: t('cases.collection.place'), dataIndex: 'place', key: 'place' },
            { title: t('cases.collection.items'), dataIndex: 'itemNames', key: 'items', render: (v: string[]) => v.join('、') },
            { title: t('cases.collection.download'), key: 'download', render: (_, r) => <Files id={detail.id} kind="sampling" index={r.index} /> },
          ]}
        />
      )}
      {detail.preservations.length > 0 && (
        <Table<Preservation>
          title={() => t('cases.collection.preservations')}
          rowKey="index"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={detail.preservations.map((p, index) => ({ ...p, index }))}
          columns={[
            { title: t('cases.collection.items'), dataIndex: 'itemNames', key: 'items', render: (v: string[]) => v.join('、') },
            {
              title: t('cases.collection.status'),
              dataIndex: 'status',
              key: 'status',
              render: (s: Preservation['status']) => <Tag color={STATUS_COLOR[s]}>{t(`cases.collection.statuses.${s}`)}</Tag>,
            },
            { title: t('cases.collection.noticeNumber'), dataIndex: 'noticeNumber', key: 'notice', render: (v: string | null) => v ?? '—' },
            {
              title: t('cases.collection.decisionDueOn'),
              key: 'due',
              render: (_, r) =>
                r.decisionDueOn ? (
                  <Space size={4}>
                    {r.decisionDueOn}
                    {r.status === 'approved' && r.decisionDueOn < today && <Tag color="red">{t('cases.collection.late')}</Tag>}
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              title: t('cases.collection.decisionNumber'),
              key: 'decision',
              render: (_, r) => (r.decisionNumber ? `${r.decisionNumber}（${t(`cases.collection.decisionKinds.${r.decisionKind as 'release'}`)}）` : '—'),
            },
            {
              title: t('cases.collection.download'),
              key: 'actions',
              render: (_, r) => (
                <Space wrap>
                  {r.noticeNumber && <Files id={detail.id} kind="preservationNotice" index={r.index} label={t('cases.collection.notice')} />}
                  {r.decisionNumber && <Files id={detail.id} kind="preservationDecision" index={r.index} label={t('cases.collection.decisionDoc')} />}
                  {isHead && investigating && r.status === 'requested' && (
                    <Button size="small" type="primary" onClick={() => setOpen({ kind: 'approve', index: r.index })}>
                      {t('cases.collection.approveTitle')}
                    </Button>
                  )}
                  {isHead && r.status === 'approved' && (
                    <Button size="small" onClick={() => setOpen({ kind: 'decide', index: r.index })}>
                      {t('cases.collection.decide')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {open?.kind === 'sampling' && <SamplingModal detail={detail} onClose={() => setOpen(null)} />}
      {open?.kind === 'preservation' && <PreservationModal detail={detail} onClose={() => setOpen(null)} />}
      {open?.kind === 'approve' && <ApprovalModal detail={detail} index={open.index} onClose={() => setOpen(null)} />}
      {open?.kind === 'decide' && <DecisionModal detail={detail} index={open.index} onClose={() => setOpen(null)} />}
    </Card>
  );
}
