import { Layout, Spin, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageToggle } from '../../app/LanguageToggle';

// The public side of 双随机、一公开: no session, no menu, one narrow column that reads on a phone.
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header style={{ background: '#0b3d91', color: '#fff', padding: '12px 16px' }}>
        <div style={{ maxWidth: 960, margin: '0 auto', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
          <Link to="/portal/draws" style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
            {t('draws.portalTitle')}
          </Link>
          <LanguageToggle />
        </div>
        <div style={{ maxWidth: 960, margin: '4px auto 0', fontSize: 13, color: '#e6ecf5' }}>{t('draws.portalSubtitle')}</div>
      </header>
      <main id="main" tabIndex={-1} style={{ maxWidth: 960, width: '100%', margin: '0 auto', padding: '16px 12px 48px' }}>
        <Suspense fallback={<Spin />}>
          <Outlet />
        </Suspense>
      </main>
    </Layout>
  );
}

export function PublicTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} style={{ fontSize: 22, marginTop: 8 }}>
      {children}
    </Typography.Title>
  );
}
