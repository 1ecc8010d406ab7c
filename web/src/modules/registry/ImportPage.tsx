import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Spin, Steps, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { isRunning, useImport, type ImportOut } from './api';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { ImportSummary } from './ImportSummary';
import { ImportUpload } from './ImportUpload';

// 'failed' is a file that could not be read; a commit that fails returns to 'validated' with a
// `failure` note, since its transaction rolled back and it can be confirmed again.
const STEP: Record<ImportOut['status'], number> = { validating: 1, validated: 2, committing: 2, committed: 3, failed: 1 };

export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The import's id sits in the URL, so a reload (or a colleague's link) resumes the same import.
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const imp = useImport(id);
  const out = imp.data;
  const status = out?.status;

  useEffect(() => {
    if (status === 'committed') void queryClient.invalidateQueries({ queryKey: ['enterprises'], refetchType: 'none' });
  }, [status, queryClient]);

  const restart = () => setParams({}, { replace: true });
  const current = !id ? 0 : out ? STEP[out.status] : 1;

  let body: ReactNode;
  if (!id) body = <ImportUpload onStarted={(o) => setParams({ id: o.id }, { replace: true })} />;
  else if (imp.isError) body = <ErrorAlert error={imp.error} />;
  else if (!out) body = <Spin />;
  else if (isRunning(out.status)) body = <ImportProgress out={out} />;
  else if (out.status === 'committed') body = <ImportResult out={out} onAgain={restart} />;
  else if (out.status === 'validated') body = <ImportSummary out={out} />;
  else body = <Alert type="error" showIcon role="alert" title={t('imports.failed')} description={out.failure ?? undefined} data-testid="import-failure" />;

  return (
    <>
      <Link to="/enterprises">
        <ArrowLeftOutlined /> {t('enterprises.backToList')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <PageTitle>{t('imports.title')}</PageTitle>
        {id && status !== 'committed' && !(status && isRunning(status)) && <Button onClick={restart}>{t('imports.again')}</Button>}
      </Flex>
      <Card>
        <Steps
          current={current}
          status={status === 'failed' || (status === 'validated' && out?.failure) ? 'error' : status === 'committed' ? 'finish' : undefined}
          style={{ marginBottom: 24 }}
          items={[
            { title: t('imports.stepUpload') },
            { title: t('imports.stepValidate') },
            { title: t('imports.stepCommit') },
            { title: t('imports.stepDone') },
          ]}
        />
        {out && <Typography.Paragraph type="secondary">{t('imports.fileInfo', { name: out.fileName })}</Typography.Paragraph>}
        {body}
      </Card>
    </>
  );
}
