import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api';
import { useAuth, useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { AuthCard } from './AuthCard';
import { meetsPasswordRule } from './password';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh, signOut } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<PasswordForm>();
  const [submitting, setSubmitting] = useState(false);
  const forced = user.mustChangePassword;

  async function onFinish({ currentPassword, newPassword }: PasswordForm) {
    setSubmitting(true);
    try {
      await api<void>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
      // Re-read the session so mustChangePassword clears before routing away.
      await refresh();
      void message.success(t('auth.passwordChanged'));
      navigate('/', { replace: true });
    } catch (error) {
      reportError(error, form);
      setSubmitting(false);
    }
  }

  async function onSignOut() {
    try {
      await signOut();
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <AuthCard>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {forced ? t('auth.forcedTitle') : t('auth.changePasswordTitle')}
      </Typography.Title>
      {forced && <Alert type="warning" showIcon title={t('auth.forcedHint')} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
        <Form.Item label={t('auth.currentPassword')} name="currentPassword" rules={[{ required: true, message: t('auth.currentRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.newPassword')}
          name="newPassword"
          extra={t('auth.passwordRule')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('auth.newRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value || meetsPasswordRule(value) ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordWeak'))),
            },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value !== getFieldValue('currentPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordSame'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.confirmMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8} justify="space-between">
          {forced ? <Button onClick={() => void onSignOut()}>{t('header.signOut')}</Button> : <Button onClick={() => navigate('/')}>{t('auth.back')}</Button>}
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('auth.submitPassword')}
          </Button>
        </Flex>
      </Form>
    </AuthCard>
  );
}
