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
    green: '#389e0d',
    orange: '#d46b08',
    colorPrimary: '#0958d9',
    // Links derive from colorInfo (#1677ff, 4.1:1 on white) unless set: below AA.
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
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
