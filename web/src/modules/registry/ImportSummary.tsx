import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Popconfirm, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useCommitImport, type ImportOut } from './api';
import { ImportErrors } from './ImportErrors';

function Figure({ title, value, testId, danger }: { title: string; value: number; testId: string; danger?: boolean }) {
  return (
    <Statistic
      title={title}
      value={value}
      styles={danger && value > 0 ? { content: { color: '#cf1322' } } : undefined}
      valueRender={(node: ReactNode) => <span data-testid={testId}>{node}</span>}
    />
  );
}

/** Step 2 done: what the file holds, its errors, and the go-ahead for the valid rows. */
export function ImportSummary({ out }: { out: ImportOut }) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const commit = useCommitImport();
  const noneValid = out.validRows === 0;

  function onConfirm() {
    commit.mutate(out.id, { onError: (e) => reportError(e) });
  }

  const confirm = (
    <Button
      type="primary"
      icon={<CheckOutlined />}
      disabled={noneValid || out.status !== 'validated'}
      loading={commit.isPending}
      data-testid="import-confirm"
      onClick={out.errorCount === 0 ? onConfirm : undefined}
    >
      {t('imports.confirm')}
    </Button>
  );

  return (
    <Flex vertical gap={16}>
      <Row gutter={16}>
        <Col xs={8} md={6}>
          <Figure title={t('imports.totalRows')} value={out.totalRows} testId="import-total-rows" />
        </Col>
        <Col xs={8} md={6}>
          <Figure title={t('imports.validRows')} value={out.validRows} testId="import-valid-rows" />
        </Col>
        <Col xs={8} md={6}>
          {/* Each row that is not valid has at least one error; errorCount counts the errors. */}
          <Figure title={t('imports.errorRows')} value={out.totalRows - out.validRows} testId="import-error-rows" danger />
        </Col>
      </Row>
      {out.failure && <Alert type="error" showIcon role="alert" title={out.failure} data-testid="import-failure" />}
      {noneValid ? (
        <Alert type="error" showIcon title={t('imports.noValidRows')} />
      ) : (
        out.errorCount > 0 && <Alert type="warning" showIcon title={t('imports.partialHint', { valid: out.validRows })} />
      )}
      <div>
        {out.errorCount > 0 && !noneValid ? (
          // Errors mean some rows will be left out: ask once more before saving the rest.
          <Popconfirm
            title={t('imports.confirmPartial', { valid: out.validRows })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={onConfirm}
          >
            {confirm}
          </Popconfirm>
        ) : (
          confirm
        )}
      </div>
      <ImportErrors out={out} />
    </Flex>
  );
}
