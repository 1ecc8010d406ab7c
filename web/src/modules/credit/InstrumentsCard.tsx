import { Card, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../registry/DownloadButton';

export interface InstrumentRow {
  kind: string;
  title: string;
  number: string | null;
}

/** A listing's or a repair's instruments, once their acts have numbered them, as DOCX and PDF (`${base}/instruments/:kind`). */
export function InstrumentsCard({ base, rows, testId }: { base: string; rows: InstrumentRow[]; testId: string }) {
  const { t } = useTranslation();
  const numbered = rows.filter((r) => r.number);
  if (numbered.length === 0) return null;
  return (
    <Card title={t('credit.instruments')} style={{ marginBottom: 16 }}>
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={numbered}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('credit.instrumentName'), dataIndex: 'title', key: 'title' },
          { title: t('credit.number'), dataIndex: 'number', key: 'number' },
          {
            title: t('credit.download'),
            key: 'download',
            render: (_, r) => (
              <Flex gap={8} wrap>
                {(['docx', 'pdf'] as const).map((format) => (
                  <DownloadButton
                    key={format}
                    size="small"
                    path={`${base}/instruments/${r.kind}`}
                    query={{ format }}
                    fallbackName={`${r.title}.${format}`}
                    data-testid={`${testId}-${r.kind}-${format}`}
                  >
                    {`${t('credit.download')} ${format.toUpperCase()}`}
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
