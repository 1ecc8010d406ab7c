import { useQueryClient } from '@tanstack/react-query';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileUploadButton } from '../../app/FileUploadButton';
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
  const csrf = useCsrfToken();
  const queryClient = useQueryClient();
  const owner = recordId ? recordUrl(recordId) : hazardUrl(hazardId!);
  const list = useEvidence(owner);

  return (
    <div>
      {editable && (
        <FileUploadButton
          label={t('inspections.upload')}
          size="large"
          accept="image/*,video/*,audio/*,application/pdf"
          capture="environment"
          testId="evidence-input"
          showProgress
          check={(file) => (evidenceKind(file.type) ? null : t('inspections.badFileType', { name: file.name }))}
          // check has already turned away a file without a kind.
          send={(file, onProgress) => {
            const url = `${owner}/evidence?${new URLSearchParams({ fileName: file.name, kind: evidenceKind(file.type)! })}`;
            return uploadRaw<Evidence>({ url, file, csrfToken: csrf(), onProgress }).promise;
          }}
          onDone={() => queryClient.invalidateQueries({ queryKey: ['inspections', 'evidence', owner] })}
        />
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
