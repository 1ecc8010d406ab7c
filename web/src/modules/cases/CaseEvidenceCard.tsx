import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import type { CaseDetail } from './api';

type Evidence = CaseDetail['evidence'][number];

/** A case opened from an inspection finding: the record it came from and its evidence, by reference. */
export function CaseEvidenceCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  if (!detail.sourceRecordId) return null;
  return (
    <Card title={t('cases.fromFinding.evidence')} style={{ marginBottom: 16 }} data-testid="case-evidence">
      <Typography.Paragraph>
        <Link to={`/inspections/records/${detail.sourceRecordId}`}>{t('cases.fromFinding.source')}</Link>
      </Typography.Paragraph>
      <Table<Evidence>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.evidence}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('cases.fromFinding.file'),
            dataIndex: 'fileName',
            key: 'fileName',
            render: (name: string, e) => <a href={`/api/inspections/evidence/${e.id}`}>{name}</a>,
          },
          {
            title: t('cases.fromFinding.origin'),
            key: 'origin',
            render: (_, e) => (
              <Tag color={e.origin === 'rectification' ? 'gold' : 'blue'}>
                {t(`inspections.origins.${e.origin}`)}
                {e.uploaderName ? ` · ${e.uploaderName}` : ''}
              </Tag>
            ),
          },
          { title: t('cases.fromFinding.digest'), dataIndex: 'digest', key: 'digest', render: (d: string) => <Typography.Text code>{d}</Typography.Text> },
          { title: t('cases.at'), dataIndex: 'uploadedAt', key: 'uploadedAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
