import { Alert, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { useReportError } from '../../app/feedback';

// The server names the field of a refused save as a dotted path ("items.2.basis.article"); antd
// names form fields as arrays with numeric list indexes.
const namePath = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Keeps the server's answer to a refused save on screen: 400 (shape), 409 (stale version, already
 * withdrawn) and 422 (a rule: basis, codes) are shown above the buttons and on the field they name;
 * anything else is reported as usual.
 */
export function useRefusal(form?: FormInstance) {
  const reportError = useReportError();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const handle = (error: unknown) => {
    if (error instanceof ApiError && [400, 409, 422].includes(error.status)) {
      setRefusal(error);
      if (form && error.field && error.field !== 'version') form.setFields([{ name: namePath(error.field), errors: [error.message] }]);
      return;
    }
    reportError(error, form);
  };
  return { refusal, clear: () => setRefusal(null), handle };
}

export function RefusalAlert({ refusal }: { refusal: ApiError | null }) {
  const { t } = useTranslation();
  if (!refusal) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="list-refusal"
      title={refusal.message}
      description={refusal.article && t('orgLists.article', { article: refusal.article })}
      style={{ marginBottom: 12, textAlign: 'start' }}
    />
  );
}
