import { Button, Flex, Grid, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import type { ParseKeys } from 'i18next';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { can } from './access';
import { useAuth, useUser } from './auth';
import { useReportError } from './feedback';
import { LanguageToggle } from './LanguageToggle';
import { buildNav, type NavChild, type NavEntry } from './modules';
import { useModules } from './ModulesContext';
import { useKeyboardScrollableTables } from './scrollable';
import { useTablistOfTabsOnly } from './tablist';

type MenuItem = Required<MenuProps>['items'][number];

function isActive(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
      {children}
    </Typography.Title>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const reportError = useReportError();
  const [signingOut, setSigningOut] = useState(false);
  useKeyboardScrollableTables();
  useTablistOfTabsOnly();
  // Below lg the menu folds away behind antd's trigger, which sits at the header's left edge.
  const folded = Grid.useBreakpoint().lg === false;

  const nav = buildNav(useModules(), (capability) => can(user.roles, capability));
  // Manifests type their labels against their own dictionary, which the merged one contains.
  const label = (item: NavChild) => t(item.label as ParseKeys);
  const toMenuItem = (item: NavChild & Partial<NavEntry>): MenuItem => ({
    key: item.path,
    icon: item.icon,
    label: item.children ? label(item) : <Link to={item.path}>{label(item)}</Link>,
    children: item.children?.map(toMenuItem),
  });
  const items = nav.map(toMenuItem);
  const leaves = nav.flatMap((item): NavChild[] => item.children ?? [item]);
  // The longest match only: /draws/matters is under /draws but is its own menu entry.
  const selected = leaves
    .filter((item) => isActive(item.path, pathname))
    .map((item) => item.path)
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const openGroups = nav.filter((item) => item.children && isActive(item.path, pathname)).map((item) => item.path);
  const [openKeys, setOpenKeys] = useState(openGroups);
  // Arriving in a group by a link rather than the menu opens it too (adjusting state while rendering).
  const [seenGroups, setSeenGroups] = useState(openGroups.join());
  if (openGroups.join() !== seenGroups) {
    setSeenGroups(openGroups.join());
    setOpenKeys((keys) => [...new Set([...keys, ...openGroups])]);
  }

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
      navigate('/signin', { replace: true });
    } catch (error) {
      reportError(error);
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208}>
        <div style={{ color: '#fff', fontSize: 18, fontWeight: 600, padding: '16px 24px' }}>{t('app.brand')}</div>
        <nav aria-label={t('nav.mainMenu')}>
          <Menu theme="dark" mode="inline" items={items} selectedKeys={selected} openKeys={openKeys} onOpenChange={setOpenKeys} />
        </nav>
      </Layout.Sider>
      <Layout>
        {/* On a phone the header's items wrap onto a second line: the header grows with them
            rather than laying them over the page, and leaves room for the menu's trigger. */}
        <Layout.Header
          style={{ background: '#fff', height: 'auto', minHeight: 64, lineHeight: 'normal', padding: folded ? '12px 16px 12px 56px' : '12px 24px' }}
        >
          <Flex align="center" justify="flex-end" gap={16} style={{ minHeight: 40 }} wrap>
            <span>
              <Typography.Text strong>{user.displayName}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {user.affiliation ?? user.orgName}
              </Typography.Text>
            </span>
            <LanguageToggle />
            <Link to="/password">{t('header.changePassword')}</Link>
            <Button onClick={() => void handleSignOut()} loading={signingOut}>
              {t('header.signOut')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ margin: folded ? 16 : 24 }}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
