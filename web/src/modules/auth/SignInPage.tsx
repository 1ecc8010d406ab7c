import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorText } from '../../app/api';
import { useAuth } from '../../app/auth';
import { AuthCard } from './AuthCard';

interface SignInForm {
  username: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { user, signIn } = useAuth();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={from} replace />;

  async function onFinish(values: SignInForm) {
    setSubmitting(true);
    setError(null);
    try {
      // Success swaps in the session; the <Navigate> above then leaves this page.
      await signIn(values.username, values.password);
    } catch (e) {
      // The server's wording matters here: it says how many attempts remain or until when the account is locked.
      setError(errorText(e));
      setSubmitting(false);
    }
  }

  return (
    <AuthCard>
      <Typography.Title level={1} style={{ fontSize: 22, textAlign: 'center' }}>
        {t('app.title')}
      </Typography.Title>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form<SignInForm> layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
        <Form.Item label={t('auth.username')} name="username" rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('auth.signIn')}
        </Button>
      </Form>
    </AuthCard>
  );
}
