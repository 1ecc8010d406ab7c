import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { modules } from '../modules';
import { ApiError } from './api';
import { AuthProvider, RequireAuth } from './auth';
import { AppLayout } from './Layout';
import { buildRoutes, type BuiltRoute, type Frame } from './modules';
import { ModulesProvider } from './ModulesContext';
import { NotFoundPage, RequireCapability } from './results';

const PortalLayout = lazy(() => import('../portal/PortalLayout').then((m) => ({ default: m.PortalLayout })));
const PortalHomePage = lazy(() => import('../portal/HomePage').then((m) => ({ default: m.PortalHomePage })));
const PortalSubjectsPage = lazy(() => import('../portal/SubjectsPage').then((m) => ({ default: m.SubjectsPage })));
const PortalSubjectPage = lazy(() => import('../portal/SubjectPage').then((m) => ({ default: m.SubjectPage })));
const PortalDisclosuresPage = lazy(() => import('../portal/DisclosuresPage').then((m) => ({ default: m.DisclosuresPage })));
const PortalDisclosurePage = lazy(() => import('../portal/DisclosurePage').then((m) => ({ default: m.DisclosurePage })));
const PortalPlansPage = lazy(() => import('../portal/PlansPage').then((m) => ({ default: m.PlansPage })));

const routes = buildRoutes(modules);

function RouteElement({ route }: { route: BuiltRoute }) {
  const Page = route.page;
  const page = route.redirect ? <Navigate to={route.redirect} replace /> : Page ? <Page /> : null;
  const allowed = route.capability ? <RequireCapability capability={route.capability}>{page}</RequireCapability> : page;
  return route.frame === 'signedIn' ? <RequireAuth>{allowed}</RequireAuth> : allowed;
}

/** The modules' routes of one frame, as children of that frame's route. */
const routesIn = (...frames: Frame[]) =>
  routes.filter((r) => frames.includes(r.frame)).map((r) => <Route key={r.path} path={r.path} element={<RouteElement route={r} />} />);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change on retry; only network and server failures are worth repeating.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// antd's default secondary/placeholder greys and green/orange tag text fall below WCAG AA
// contrast; darker seeds keep the hues (credential status relies on them) but pass 4.5:1.
const theme: ThemeConfig = {
  token: {
    // A user who asks the system for less motion gets none (WCAG 2.3.3): modals, lists and messages
    // appear in place. The browser tests run so too, so a click never lands on a dialog still opening.
    motion: !(typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches),
    // Tag text is the seed's 7th shade: #237804 on the filled tag's tint is 3.99:1, #135200 passes.
    green: '#237804',
    orange: '#d46b08',
    // Same for gold (#d48806 on its tint 2.75:1) and volcano (#d4380d, 4.37:1).
    gold: '#ad6800',
    volcano: '#d4380d',
    // Cyan tags (a plan's status) take their text from cyan-7 (#08979c on #e6fffb, 3.4:1); cyan-8
    // passes (5.8:1) and, set alone, keeps the tag's light tint. The CSS variable is the hyphenated name.
    cyan7: '#006d75',
    'cyan-7': '#006d75',
    colorPrimary: '#0958d9',
    // Links derive from colorInfo (#1677ff, 4.1:1 on white) unless set: below AA.
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Typography's danger and warning text (#ff4d4f 3.3:1, #faad14 1.9:1 on white) use these.
    colorErrorText: '#cf1322',
    colorWarningText: '#ad4e00',
    // Danger buttons' text is colorError itself.
    colorError: '#cf1322',
  },
  // An empty table's "暂无数据" is drawn in colorTextDisabled (#bfbfbf, 1.8:1): it is content, not disabled.
  // A tag inside a read-only (disabled) form, e.g. a completed inspection record's hazards, is drawn
  // disabled (#b8b8b8 on #f5f5f5, 1.8:1), but a tag is a label, never a control here: it stays readable.
  components: {
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Empty: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Tag: { colorTextDisabled: 'rgba(0, 0, 0, 0.65)' },
  },
};

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <ModulesProvider value={modules}>
              <AuthProvider>
                <Suspense fallback={<Spin />}>
                  <Routes>
                    {routesIn('public', 'signedIn')}
                    {/* 行政执法公示 and 一公开: anyone may read and verify without signing in. */}
                    <Route path="/portal" element={<PortalLayout />}>
                      <Route index element={<PortalHomePage />} />
                      <Route path="prior" element={<PortalSubjectsPage />} />
                      <Route path="prior/:id" element={<PortalSubjectPage />} />
                      <Route path="disclosures" element={<PortalDisclosuresPage />} />
                      <Route path="disclosures/:id" element={<PortalDisclosurePage />} />
                      <Route path="plans" element={<PortalPlansPage />} />
                      {routesIn('portal')}
                    </Route>
                    <Route
                      element={
                        <RequireAuth>
                          <AppLayout />
                        </RequireAuth>
                      }
                    >
                      {routesIn('app')}
                      <Route path="*" element={<NotFoundPage />} />
                    </Route>
                  </Routes>
                </Suspense>
              </AuthProvider>
            </ModulesProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
