import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Progress, Tag, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { uploadRaw, useCsrfToken } from '../registry/transfer';
import { evidenceKind, hazardUrl, recordUrl, useEvidence, type Evidence } from './api';

/**
 * Photos, video, audio or PDF, sent raw; the server computes and records the SM3 digest. Of a
 * record (officers on site) or of a hazard (the enterprise's rectification material).
 */
export function EvidencePanel({
  recordId,
  hazardId,
  editable,
}: { editable: boolean } & ({ recordId: string; hazardId?: never } | { hazardId: string; recordId?: never })) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const { message } = App.useApp();
  const csrf = useCsrfToken();
  const queryClient = useQueryClient();
  const owner = recordId ? recordUrl(recordId) : hazardUrl(hazardId!);
  const list = useEvidence(owner);
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    for (const file of files) {
      const kind = evidenceKind(file.type);
      if (!kind) {
        void message.error(t('inspections.badFileType', { name: file.name }));
        continue;
      }
      setProgress(0);
      try {
        const url = `${owner}/evidence?${new URLSearchParams({ fileName: file.name, kind })}`;
        await uploadRaw<Evidence>({ url, file, csrfToken: csrf(), onProgress: setProgress }).promise;
      } catch (error) {
        reportError(error);
      } finally {
        setProgress(null);
      }
    }
    await queryClient.invalidateQueries({ queryKey: ['inspections', 'evidence', owner] });
  }

  return (
    <div>
      {editable && (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*,video/*,audio/*,application/pdf"
            capture="environment"
            multiple
            hidden
            onChange={(e) => void onChange(e)}
            data-testid="evidence-input"
          />
          <Button size="large" icon={<UploadOutlined />} loading={progress !== null} onClick={() => input.current?.click()}>
            {t('inspections.upload')}
          </Button>
          {progress !== null && <Progress percent={progress} size="small" />}
        </>
      )}
      <List<Evidence>
        loading={list.isFetching}
        dataSource={list.data}
        data-testid="evidence-list"
        renderItem={(e) => (
          <List.Item>
            <List.Item.Meta
              title={e.fileName}
              description={
                <>
                  <Tag color={e.origin === 'rectification' ? 'gold' : 'blue'}>
                    {t(`inspections.origins.${e.origin}`)}
                    {e.uploaderName ? ` · ${e.uploaderName}` : ''} · {formatDateTime(e.uploadedAt)}
                  </Tag>
                  <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                    {t('inspections.digest')} {e.digest}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
