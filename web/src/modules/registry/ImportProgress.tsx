import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportOut } from './api';

/**
 * While the server reads the file it counts rows read (the total is known only at the end);
 * while it saves, processedRows restarts at 0 and counts up to validRows.
 */
export function ImportProgress({ out }: { out: ImportOut }) {
  const { t } = useTranslation();
  const committing = out.status === 'committing';
  const total = committing ? out.validRows : out.totalRows;
  const done = Math.min(out.processedRows, total);
  // 100 % only once the server says it is finished.
  const percent = total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;
  const text = committing
    ? t('imports.committing', { processed: done, total })
    : total > 0
      ? t('imports.validating', { processed: out.processedRows, total })
      : t('imports.validatingUnknown', { processed: out.processedRows });

  return (
    <Flex vertical gap={8} data-testid="import-progress" role="status" aria-live="polite">
      {total > 0 && done > 0 ? (
        <Progress percent={percent} status="active" aria-label={text} />
      ) : (
        // Nothing counted yet (or no total): a moving full bar says "working", the text says how far.
        <Progress percent={100} status="active" showInfo={false} aria-label={text} />
      )}
      <Typography.Text>{text}</Typography.Text>
    </Flex>
  );
}
