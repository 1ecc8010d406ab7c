import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationInstrumentOut } from '../../../../src/modules/licensing/instrument-contract';
import { api } from '../../app/api';
import { DownloadButton } from '../registry/DownloadButton';
import type { ApplicationDetail } from './api';

const instrumentsUrl = (id: string) => `/api/licensing/applications/${encodeURIComponent(id)}/instruments`;

/** The instruments the application's acts have given (one per 补正 notice), refetched when it moves on. */
function useInstruments(a: ApplicationDetail) {
  return useQuery({
    queryKey: ['licensing', 'applications', 'instruments', a.id, a.version],
    queryFn: () => api<{ items: ApplicationInstrumentOut[] }>(instrumentsUrl(a.id)),
  });
}

/**
 * 许可文书: 受理通知书, 补正材料通知书, 不予受理决定书, 延长审查期限告知书, 准予 / 不予行政许可决定书,
 * each rebuilt from the application on download under the number issued with its act.
 */
export function ApplicationInstruments({ application: a }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const k = 'licensing.instruments' as const;
  const query = useInstruments(a);
  const titleOf = (i: ApplicationInstrumentOut) => `${t(`${k}.kinds.${i.kind}`)}${i.notice ? t(`${k}.noticeN`, { n: i.notice }) : ''}`;
  return (
    <Card title={t(`${k}.title`)} style={{ marginTop: 16 }} data-testid="application-instruments">
      <Table<ApplicationInstrumentOut>
        rowKey={(i) => `${i.kind}-${i.notice ?? 0}`}
        size="small"
        pagination={false}
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: query.isError ? query.error.message : t(`${k}.empty`) }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t(`${k}.kind`), key: 'kind', render: (_, i) => titleOf(i) },
          { title: t(`${k}.number`), key: 'number', render: (_, i) => i.number ?? <Typography.Text type="secondary">{t(`${k}.unnumbered`)}</Typography.Text> },
          { title: t(`${k}.date`), dataIndex: 'date', key: 'date', render: (d: string | null) => d ?? '—' },
          {
            title: t(`${k}.download`),
            key: 'download',
            render: (_, i) => (
              <Flex gap={8} wrap>
                {(['docx', 'pdf'] as const).map((format) => (
                  <DownloadButton
                    key={format}
                    size="small"
                    path={`${instrumentsUrl(a.id)}/${i.kind}`}
                    query={{ format, notice: i.notice }}
                    fallbackName={`${titleOf(i)}.${format}`}
                    data-testid={`instrument-${i.kind}${i.notice ? `-${i.notice}` : ''}-${format}`}
                  >
                    {`${t(`${k}.download`)} ${format.toUpperCase()}`}
                  </DownloadButton>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t(`${k}.note`)}
      </Typography.Paragraph>
    </Card>
  );
}
