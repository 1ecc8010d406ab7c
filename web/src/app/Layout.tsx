import {
  ApartmentOutlined,
  BankOutlined,
  FileProtectOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { can, type Capability } from './access';
import { useAuth, useUser } from './auth';
import { useReportError } from './feedback';
import { LanguageToggle } from './LanguageToggle';

interface NavItem {
  path: string;
  label: 'nav.workbench' | 'nav.enterprises' | 'nav.orgs' | 'nav.people' | 'nav.ledger' | 'nav.audit';
  icon: ReactNode;
  capability?: Capability;
}

const NAV: NavItem[] = [
  { path: '/', label: 'nav.workbench', icon: <HomeOutlined /> },
  { path: '/enterprises', label: 'nav.enterprises', icon: <BankOutlined />, capability: 'viewEnterprises' },
  { path: '/orgs', label: 'nav.orgs', icon: <ApartmentOutlined />, capability: 'viewOrgs' },
  { path: '/people', label: 'nav.people', icon: <TeamOutlined />, capability: 'viewPeople' },
  { path: '/ledger', label: 'nav.ledger', icon: <FileProtectOutlined />, capability: 'viewLedger' },
  { path: '/audit', label: 'nav.audit', icon: <SafetyCertificateOutlined />, capability: 'viewAudit' },
];

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

  const items = NAV.filter((item) => !item.capability || can(user.roles, item.capability)).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: <Link to={item.path}>{t(item.label)}</Link>,
  }));
  const selected = NAV.filter((item) => isActive(item.path, pathname)).map((item) => item.path);

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
          <Menu theme="dark" mode="inline" items={items} selectedKeys={selected} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px' }}>
          <Flex align="center" justify="flex-end" gap={16} style={{ height: '100%' }} wrap>
            <span>
              <Typography.Text strong>{user.displayName}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {user.orgName}
              </Typography.Text>
            </span>
            <LanguageToggle />
            <Link to="/password">{t('header.changePassword')}</Link>
            <Button onClick={() => void handleSignOut()} loading={signingOut}>
              {t('header.signOut')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ margin: 24 }}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
