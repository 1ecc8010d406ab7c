import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from './access';
import { useUser } from './auth';

function BackHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('common.backHome')}
    </Button>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title={t('common.notFoundTitle')} extra={<BackHome />} />;
}

/** Typing a URL must not reveal a page the menu hides; the server refuses the data anyway. */
export function RequireCapability({ capability, children }: { capability: string; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  if (can(user.roles, capability)) return children;
  return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbiddenText')} extra={<BackHome />} />;
}
