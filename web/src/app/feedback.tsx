import { Alert, App, type FormInstance } from 'antd';
import { useCallback } from 'react';
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
