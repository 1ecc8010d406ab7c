import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { importErrorsUrl, type ImportOut, type ImportRowError } from './api';
import { DownloadButton } from './DownloadButton';
import { fieldLabel } from './labels';

/** The row errors the server sent (the first 200) and the full list as a workbook. */
export function ImportErrors({ out }: { out: ImportOut }) {
  const { t } = useTranslation();
  if (out.errorCount === 0) return null;

  const columns: TableColumnsType<ImportRowError> = [
    { title: t('imports.rowNumber'), dataIndex: 'rowNumber', key: 'rowNumber', width: 80, align: 'right' },
    {
      title: t('imports.column'),
      key: 'column',
      width: 180,
      render: (_, e) => e.column || fieldLabel(t, e.field),
    },
    { title: t('imports.message'), dataIndex: 'message', key: 'message' },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type={out.errors.length < out.errorCount ? 'warning' : 'secondary'}>
          {out.errors.length < out.errorCount
            ? t('imports.errorsTruncated', { shown: out.errors.length, total: out.errorCount })
            : t('imports.errorsAll', { total: out.errorCount })}
        </Typography.Text>
        <DownloadButton path={importErrorsUrl(out.id)} fallbackName={t('imports.errorsFileName')} data-testid="import-download-errors">
          {t('imports.downloadErrors')}
        </DownloadButton>
      </Flex>
      <Table<ImportRowError>
        rowKey={(e) => `${e.rowNumber}/${e.field}/${e.message}`}
        size="small"
        columns={columns}
        dataSource={out.errors}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="import-errors"
      />
    </>
  );
}
