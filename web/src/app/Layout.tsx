import {
  ApartmentOutlined,
  BankOutlined,
  BookOutlined,
  AuditOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  NotificationOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { can, type Capability } from './access';
import { useAuth, useUser } from './auth';
import { useReportError } from './feedback';
import type { zh } from './i18n/zh';
import { LanguageToggle } from './LanguageToggle';

type MenuItem = Required<MenuProps>['items'][number];

type NavLabel = `nav.${Exclude<keyof typeof zh.nav, 'mainMenu'>}`;

interface NavItem {
  path: string;
  label: NavLabel;
  icon?: ReactNode;
  capability?: Capability;
  /** A group opens into these pages; its own path only marks it active. */
  children?: NavItem[];
}

const NAV: NavItem[] = [
  { path: '/', label: 'nav.workbench', icon: <HomeOutlined />, capability: 'viewWorkbench' },
  // An enterprise user's home is their enterprise's hazards; no bureau menus.
  { path: '/', label: 'nav.enterpriseHazards', icon: <SafetyOutlined />, capability: 'rectify' },
  { path: '/enterprises', label: 'nav.enterprises', icon: <BankOutlined />, capability: 'viewEnterprises' },
  // Plans are read by the same business roles that read the registry (BUSINESS_ROLES).
  // Cases are read by the business roles (BUSINESS_ROLES), as the registry is.
  { path: '/cases', label: 'nav.cases', icon: <AuditOutlined />, capability: 'viewEnterprises' },
  { path: '/plans', label: 'nav.plans', icon: <ScheduleOutlined />, capability: 'viewEnterprises' },
  {
    path: '/draws',
    label: 'nav.draws',
    icon: <ExperimentOutlined />,
    capability: 'viewDraws',
    children: [
      { path: '/draws/matters', label: 'nav.drawMatters' },
      { path: '/draws', label: 'nav.drawList' },
    ],
  },
  {
    path: '/inspections',
    label: 'nav.inspections',
    icon: <SafetyOutlined />,
    capability: 'viewInspections',
    children: [
      { path: '/inspections/tasks', label: 'nav.inspectionTasks' },
      { path: '/inspections/hazards', label: 'nav.hazards' },
    ],
  },
  { path: '/disclosures', label: 'nav.disclosures', icon: <NotificationOutlined />, capability: 'viewDisclosures' },
  {
    path: '/catalogue',
    label: 'nav.catalogue',
    icon: <BookOutlined />,
    capability: 'viewCatalogue',
    children: [
      { path: '/catalogue/violations', label: 'nav.violations' },
      { path: '/catalogue/calculator', label: 'nav.calculator' },
      { path: '/catalogue/checklists', label: 'nav.checklists' },
      { path: '/catalogue/major-hazards', label: 'nav.majorHazards' },
      { path: '/catalogue/powers', label: 'nav.powers' },
      { path: '/catalogue/laws', label: 'nav.laws' },
    ],
  },
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

  const allowed = (item: NavItem) => !item.capability || can(user.roles, item.capability);
  const toMenuItem = (item: NavItem): MenuItem => ({
    key: item.path,
    icon: item.icon,
    label: item.children ? t(item.label) : <Link to={item.path}>{t(item.label)}</Link>,
    children: item.children?.filter(allowed).map(toMenuItem),
  });
  const items = NAV.filter(allowed).map(toMenuItem);
  const leaves = NAV.flatMap((item) => item.children ?? [item]);
  // The longest match only: /draws/matters is under /draws but is its own menu entry.
  const selected = leaves
    .filter((item) => isActive(item.path, pathname))
    .map((item) => item.path)
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const openGroups = NAV.filter((item) => item.children && isActive(item.path, pathname)).map((item) => item.path);
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
          <Menu
            theme="dark"
            mode="inline"
            items={items}
            selectedKeys={selected}
            openKeys={openKeys}
            onOpenChange={setOpenKeys}
          />
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
