import { Alert, Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseFileOut } from '../../../../src/modules/cases/casefile/contract';
import { api } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { HashText } from '../ledger/HashText';
import { DownloadButton } from '../registry/DownloadButton';
import type { CaseDetail } from './api';

type CaseFile = Omit<CaseFileOut, 'owedAt' | 'assembledAt'> & { owedAt?: string; assembledAt?: string | null };
type Entry = CaseFile['contents'][number];

const fileUrl = (id: string) => `/api/cases/${encodeURIComponent(id)}/case-file`;

/**
 * 卷宗: assembled once the case is archived — the table of contents, the PDF and the archive with
 * its manifest, whose SM3 digest the ledger records (checked with `zhifa casefile verify`).
 */
export function CaseFileCard({ detail: c }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const archived = c.state === 'archived';
  const file = useQuery({
    queryKey: ['cases', 'case-file', c.id, c.version],
    queryFn: () => api<CaseFile>(fileUrl(c.id)),
    enabled: archived,
    // While it is being assembled, look again every few seconds.
    refetchInterval: (q) => (q.state.data?.status === 'pending' ? 5000 : false),
  });
  if (!archived) return null;
  const f = file.data;
  return (
    <Card title={t('cases.caseFile.title')} style={{ marginBottom: 16 }} data-testid="case-file" loading={file.isLoading}>
      {file.isError && <Alert type="error" showIcon message={t('cases.caseFile.loadFailed')} />}
      {f?.status === 'notOwed' && <Alert type="info" showIcon message={t('cases.caseFile.notOwed')} />}
      {f?.status === 'pending' && (
        <Alert
          type={f.failed ? 'warning' : 'info'}
          showIcon
          message={f.failed ? t('cases.caseFile.failed', { attempts: f.attempts }) : t('cases.caseFile.pending')}
          action={
            <Button size="small" onClick={() => void file.refetch()}>
              {t('cases.caseFile.refresh')}
            </Button>
          }
        />
      )}
      {f?.status === 'assembled' && (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <DownloadButton type="primary" path={`${fileUrl(c.id)}/pdf`} fallbackName="卷宗.pdf" data-testid="case-file-pdf">
              {t('cases.caseFile.pdf')}
            </DownloadButton>
            <DownloadButton path={`${fileUrl(c.id)}/archive`} fallbackName="卷宗.zip" data-testid="case-file-archive">
              {t('cases.caseFile.archive')}
            </DownloadButton>
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'at', label: t('cases.caseFile.assembledAt'), children: formatDateTime(f.assembledAt ?? null) },
              { key: 'files', label: t('cases.caseFile.files'), children: t('cases.caseFile.filesValue', { files: f.files, evidence: f.evidence }) },
              { key: 'digest', label: t('cases.caseFile.manifestSm3'), children: f.manifestSm3 ? <HashText hash={f.manifestSm3} copyable /> : '—' },
              { key: 'seq', label: t('cases.caseFile.ledgerSeq'), children: f.ledgerSeq ?? '—' },
            ]}
          />
          <Table<Entry>
            rowKey="no"
            size="small"
            pagination={false}
            dataSource={f.contents}
            scroll={{ x: 'max-content' }}
            caption={t('cases.caseFile.contents')}
            columns={[
              { title: t('cases.caseFile.no'), dataIndex: 'no', key: 'no', width: 64 },
              { title: t('cases.caseFile.part'), dataIndex: 'title', key: 'title' },
              { title: t('cases.caseFile.number'), dataIndex: 'number', key: 'number', render: (n: string) => n || '—' },
              { title: t('cases.caseFile.pages'), dataIndex: 'pages', key: 'pages' },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('cases.caseFile.verifyHint')} <Typography.Text code>zhifa casefile verify 卷宗.zip</Typography.Text>
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
