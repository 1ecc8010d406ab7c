import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Typography, Upload, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/api';
import { importsUrl, TEMPLATE_URL, type ImportOut } from './api';
import { DownloadButton } from './DownloadButton';
import { uploadRaw, useCsrfToken } from './transfer';

const ACCEPT = '.xlsx,.csv';

/** Step 1: the template, and the file sent as is with upload progress. */
export function ImportUpload({ onStarted }: { onStarted: (out: ImportOut) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const csrfToken = useCsrfToken();

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const blob = file as File;
    const { promise, abort } = uploadRaw<ImportOut>({
      url: importsUrl(blob.name),
      file: blob,
      csrfToken: csrfToken(),
      onProgress: (percent) => onProgress?.({ percent }),
    });
    promise.then(
      (out) => {
        onSuccess?.(out);
        queryClient.setQueryData(['enterprises', 'imports', out.id], out);
        onStarted(out);
      },
      (error: unknown) => {
        onError?.(error instanceof Error ? error : new Error(errorText(error)));
        void message.error(errorText(error));
      },
    );
    return { abort };
  };

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16} wrap>
        <DownloadButton path={TEMPLATE_URL} fallbackName={t('imports.templateFileName')} data-testid="import-template">
          {t('imports.template')}
        </DownloadButton>
        <Typography.Text type="secondary">{t('imports.templateHint')}</Typography.Text>
      </Flex>
      <Upload.Dragger
        // The 选择文件 button inside is the control (a click anywhere in the area still opens the
        // file dialog); without this the area is itself a role=button holding a button (WCAG 4.1.2).
        hasControlInside
        accept={ACCEPT}
        maxCount={1}
        multiple={false}
        customRequest={customRequest}
        showUploadList={{ showRemoveIcon: false }}
        beforeUpload={(file) => {
          if (/\.(xlsx|csv)$/i.test(file.name)) return true;
          void message.error(t('imports.wrongType'));
          return Upload.LIST_IGNORE;
        }}
        aria-label={t('imports.fileLabel')}
        data-testid="import-file-input"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.dropHint')}</p>
        <Button type="primary">{t('imports.chooseFile')}</Button>
        <p className="ant-upload-hint">{t('imports.fileHint')}</p>
      </Upload.Dragger>
    </Flex>
  );
}
