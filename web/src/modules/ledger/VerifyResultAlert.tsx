import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VerifyResult } from './api';

export function VerifyResultAlert({ result }: { result: VerifyResult }) {
  const { t } = useTranslation();
  const algorithm = t('ledger.algorithm', { alg: result.alg });
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('ledger.verifyOk', { entries: result.entriesChecked, checkpoints: result.checkpointsChecked })}
        description={algorithm}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={
        result.firstBad
          ? t('ledger.verifyBad', { seq: result.firstBad.seq, reason: t(`ledger.reasons.${result.firstBad.reason}`, { defaultValue: result.firstBad.reason }) })
          : t('ledger.verifyFailed')
      }
      description={result.firstBad?.detail ? `${result.firstBad.detail}。${algorithm}` : algorithm}
    />
  );
}
