import { Spin, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageToggle } from '../app/LanguageToggle';

// 行政执法公示: no session, no menu, one narrow column that reads on a phone (375 px) and by
// keyboard. Colours are chosen for WCAG 2.1 AA contrast (white on #0b3d91 is 10:1).
const NAV = [
  ['/portal/prior', 'portal.nav.prior'],
  ['/portal/licensing', 'portal.nav.guides'],
  ['/portal/disclosures', 'portal.nav.posterior'],
  ['/portal/draws', 'portal.nav.draws'],
  ['/portal/plans', 'portal.nav.plans'],
  ['/portal/credit', 'portal.nav.credit'],
  ['/portal/exposures', 'portal.nav.exposures'],
  ['/portal/reports', 'portal.nav.reports'],
  ['/portal/tips', 'portal.nav.tips'],
] as const;

const column = { maxWidth: 960, width: '100%', margin: '0 auto', boxSizing: 'border-box' as const };

export function PortalLayout() {
  const { t } = useTranslation();
  return (
    // A plain div, not antd's Layout: its <section> would demote <header>/<footer> from the banner
    // and contentinfo landmarks that screen-reader users jump between.
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: '#f5f7fa' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header style={{ background: '#0b3d91', color: '#fff', padding: '12px 16px 0' }}>
        <div style={{ ...column, display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
          <Link to="/portal" style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
            {t('portal.title')}
          </Link>
          <LanguageToggle />
        </div>
        <div style={{ ...column, marginTop: 4, fontSize: 13, color: '#e6ecf5' }}>{t('portal.subtitle')}</div>
        <nav aria-label={t('portal.nav.label')} style={{ ...column, marginTop: 8 }}>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0 4px' }}>
            {NAV.map(([to, key]) => (
              <li key={to}>
                <NavLink
                  to={to}
                  style={({ isActive }) => ({
                    display: 'inline-block',
                    padding: '10px 12px',
                    color: '#fff',
                    fontWeight: isActive ? 700 : 400,
                    borderBottom: `3px solid ${isActive ? '#fff' : 'transparent'}`,
                  })}
                >
                  {t(key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} style={{ ...column, padding: '16px 12px 48px', flex: 1 }}>
        <Suspense fallback={<Spin />}>
          <Outlet />
        </Suspense>
      </main>
      <footer style={{ background: '#1f2a3d', color: '#fff', padding: '16px 12px', fontSize: 13 }}>
        <div style={column}>
          <p style={{ margin: 0 }}>{t('portal.footer.basis')}</p>
          <p style={{ margin: '4px 0 0' }}>{t('portal.footer.verify')}</p>
        </div>
      </footer>
    </div>
  );
}

export function PublicTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} style={{ fontSize: 22, marginTop: 8 }}>
      {children}
    </Typography.Title>
  );
}

/** A card's heading as a real h2, so the page's outline reads in order for screen readers. */
export function SectionTitle({ children }: { children: ReactNode }) {
  return <h2 style={{ fontSize: 16, margin: 0 }}>{children}</h2>;
}
