import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_INSTRUMENT_KINDS, type CaseInstrumentKind } from '../../../../src/modules/cases/instruments/types';
import { instrumentProblem } from '../../../../src/modules/cases/instruments/steps';
import { DownloadButton } from '../registry/DownloadButton';
import type { CaseDetail } from './api';

// 询问笔录, 抽样取证 and 先行登记保存 are listed one by one in their own cards.
const OWN_CARDS: readonly CaseInstrumentKind[] = ['interview', 'sampling', 'preservationNotice', 'preservationDecision'];
const KINDS = CASE_INSTRUMENT_KINDS.filter((k) => !OWN_CARDS.includes(k));

const fileUrl = (id: string) => `/api/cases/${encodeURIComponent(id)}/instruments`;

/**
 * The case's instruments (执法文书), each rebuilt from the stored case on download under the
 * number issued at its step. Those the case has not reached say why, in the server's words.
 */
export function CaseDocumentsCard({ detail: c }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const rows = KINDS.map((kind) => ({ kind, problem: instrumentProblem(kind, c) }));
  return (
    <Card title={t('cases.documents.title')} style={{ marginBottom: 16 }} data-testid="case-documents">
      <Table<{ kind: CaseInstrumentKind; problem: string | null }>
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('cases.documents.kind'), dataIndex: 'kind', key: 'kind', render: (k: CaseInstrumentKind) => t(`cases.documents.kinds.${k}`) },
          {
            title: t('cases.documents.download'),
            key: 'download',
            render: (_, r) =>
              r.problem ? (
                <Typography.Text type="secondary">{r.problem}</Typography.Text>
              ) : (
                <Flex gap={8} wrap>
                  {(['pdf', 'docx'] as const).map((format) => (
                    <DownloadButton
                      key={format}
                      size="small"
                      path={`${fileUrl(c.id)}/${r.kind}`}
                      query={{ format }}
                      fallbackName={`${t(`cases.documents.kinds.${r.kind}`)}.${format}`}
                      data-testid={`doc-${r.kind}-${format}`}
                    >
                      {format.toUpperCase()}
                    </DownloadButton>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
