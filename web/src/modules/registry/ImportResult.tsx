import { Button, Flex, Result, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportOut } from './api';

/** Step 4: how many enterprises were new, changed or already up to date. */
export function ImportResult({ out, onAgain }: { out: ImportOut; onAgain: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const r = out.result ?? { created: 0, updated: 0, unchanged: 0 };
  const figure = (title: string, value: number, testId: string) => (
    <Statistic title={title} value={value} valueRender={(node: ReactNode) => <span data-testid={testId}>{node}</span>} />
  );

  return (
    <Result
      status="success"
      title={t('imports.doneTitle')}
      data-testid="import-result"
      extra={[
        <Button key="list" type="primary" onClick={() => navigate('/enterprises')}>
          {t('imports.toList')}
        </Button>,
        <Button key="again" onClick={onAgain}>
          {t('imports.again')}
        </Button>,
      ]}
    >
      <Flex justify="center" gap={48}>
        {figure(t('imports.created'), r.created, 'import-result-created')}
        {figure(t('imports.updated'), r.updated, 'import-result-updated')}
        {figure(t('imports.unchanged'), r.unchanged, 'import-result-unchanged')}
      </Flex>
    </Result>
  );
}
