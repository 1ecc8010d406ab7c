import { Alert, App, Spin, type FormInstance } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText } from './api';

/**
 * Reports a failed request: a server error that names a field of `form` goes onto that field,
 * everything else becomes a toast.
 */
export function useReportError(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (form && error instanceof ApiError && error.field && Object.hasOwn(form.getFieldsValue(), error.field)) {
        form.setFields([{ name: error.field, errors: [error.message] }]);
        return;
      }
      void message.error(errorText(error));
    },
    [message],
  );
}

export function ErrorAlert({ error }: { error: unknown }) {
  return <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 16 }} />;
}

/**
 * Long work the server does in one request (a draw over a province's registry): what is being
 * done, that it is still going, and for how long, announced politely to screen readers.
 */
export function WorkingAlert({ title, hint }: { title: string; hint?: string }) {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Alert
      type="info"
      role="status"
      icon={<Spin size="small" />}
      showIcon
      title={title}
      description={`${hint ? `${hint} ` : ''}${t('app.elapsed', { seconds })}`}
      style={{ marginBottom: 16 }}
      data-testid="working"
    />
  );
}
