import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { ApiError } from './api';
import { AuthProvider, RequireAuth } from './auth';
import { AppLayout } from './Layout';
import { NotFoundPage, RequireCapability } from './results';

const SignInPage = lazy(() => import('../modules/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const ChangePasswordPage = lazy(() =>
  import('../modules/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
const WorkbenchPage = lazy(() =>
  import('../modules/workbench/WorkbenchPage').then((m) => ({ default: m.WorkbenchPage })),
);
const OrgTreePage = lazy(() => import('../modules/orgs/OrgTreePage').then((m) => ({ default: m.OrgTreePage })));
const PeoplePage = lazy(() => import('../modules/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const LedgerPage = lazy(() => import('../modules/ledger/LedgerPage').then((m) => ({ default: m.LedgerPage })));
const EnterprisesPage = lazy(() =>
  import('../modules/registry/EnterprisesPage').then((m) => ({ default: m.EnterprisesPage })),
);
const EnterpriseDetailPage = lazy(() =>
  import('../modules/registry/EnterpriseDetailPage').then((m) => ({ default: m.EnterpriseDetailPage })),
);
const CasesPage = lazy(() => import('../modules/cases/CasesPage').then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import('../modules/cases/CasePage').then((m) => ({ default: m.CasePage })));
const PlansPage = lazy(() => import('../modules/plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const PlanPage = lazy(() => import('../modules/plans/PlanPage').then((m) => ({ default: m.PlanPage })));
const ImportPage = lazy(() => import('../modules/registry/ImportPage').then((m) => ({ default: m.ImportPage })));
const ViolationsPage = lazy(() =>
  import('../modules/catalogue/ViolationsPage').then((m) => ({ default: m.ViolationsPage })),
);
const ViolationDetailPage = lazy(() =>
  import('../modules/catalogue/ViolationDetailPage').then((m) => ({ default: m.ViolationDetailPage })),
);
const CalculatorPage = lazy(() =>
  import('../modules/catalogue/CalculatorPage').then((m) => ({ default: m.CalculatorPage })),
);
const ChecklistsPage = lazy(() =>
  import('../modules/catalogue/ChecklistsPage').then((m) => ({ default: m.ChecklistsPage })),
);
const MajorHazardsPage = lazy(() =>
  import('../modules/catalogue/MajorHazardsPage').then((m) => ({ default: m.MajorHazardsPage })),
);
const PowersPage = lazy(() => import('../modules/catalogue/PowersPage').then((m) => ({ default: m.PowersPage })));
const LawsPage = lazy(() => import('../modules/catalogue/LawsPage').then((m) => ({ default: m.LawsPage })));
const MattersPage = lazy(() => import('../modules/draws/MattersPage').then((m) => ({ default: m.MattersPage })));
const DrawsPage = lazy(() => import('../modules/draws/DrawsPage').then((m) => ({ default: m.DrawsPage })));
const DrawPage = lazy(() => import('../modules/draws/DrawPage').then((m) => ({ default: m.DrawPage })));
const InspectionTasksPage = lazy(() => import('../modules/inspections/TasksPage').then((m) => ({ default: m.TasksPage })));
const InspectionRecordPage = lazy(() => import('../modules/inspections/RecordPage').then((m) => ({ default: m.RecordPage })));
const HazardsPage = lazy(() => import('../modules/inspections/HazardsPage').then((m) => ({ default: m.HazardsPage })));
const StaffDisclosuresPage = lazy(() =>
  import('../modules/disclosure/DisclosuresPage').then((m) => ({ default: m.DisclosuresPage })),
);
const PortalLayout = lazy(() => import('../portal/PortalLayout').then((m) => ({ default: m.PortalLayout })));
const PortalHomePage = lazy(() => import('../portal/HomePage').then((m) => ({ default: m.PortalHomePage })));
const PortalSubjectsPage = lazy(() => import('../portal/SubjectsPage').then((m) => ({ default: m.SubjectsPage })));
const PortalSubjectPage = lazy(() => import('../portal/SubjectPage').then((m) => ({ default: m.SubjectPage })));
const PortalDisclosuresPage = lazy(() => import('../portal/DisclosuresPage').then((m) => ({ default: m.DisclosuresPage })));
const PortalDisclosurePage = lazy(() => import('../portal/DisclosurePage').then((m) => ({ default: m.DisclosurePage })));
const PortalPlansPage = lazy(() => import('../portal/PlansPage').then((m) => ({ default: m.PlansPage })));
const PublicDrawsPage = lazy(() => import('../modules/draws/PublicDrawsPage').then((m) => ({ default: m.PublicDrawsPage })));
const PublicDrawPage = lazy(() => import('../modules/draws/PublicDrawPage').then((m) => ({ default: m.PublicDrawPage })));
const SecurityEventsPage = lazy(() =>
  import('../modules/audit/SecurityEventsPage').then((m) => ({ default: m.SecurityEventsPage })),
);

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
            <AuthProvider>
              <Suspense fallback={<Spin />}>
                <Routes>
                  <Route path="/signin" element={<SignInPage />} />
                  {/* 行政执法公示 and 一公开: anyone may read and verify without signing in. */}
                  <Route path="/portal" element={<PortalLayout />}>
                    <Route index element={<PortalHomePage />} />
                    <Route path="prior" element={<PortalSubjectsPage />} />
                    <Route path="prior/:id" element={<PortalSubjectPage />} />
                    <Route path="disclosures" element={<PortalDisclosuresPage />} />
                    <Route path="disclosures/:id" element={<PortalDisclosurePage />} />
                    <Route path="plans" element={<PortalPlansPage />} />
                    <Route path="draws" element={<PublicDrawsPage />} />
                    <Route path="draws/:id" element={<PublicDrawPage />} />
                  </Route>
                  <Route
                    path="/password"
                    element={
                      <RequireAuth>
                        <ChangePasswordPage />
                      </RequireAuth>
                    }
                  />
                  <Route
                    element={
                      <RequireAuth>
                        <AppLayout />
                      </RequireAuth>
                    }
                  >
                    <Route index element={<WorkbenchPage />} />
                    <Route
                      path="enterprises"
                      element={
                        <RequireCapability capability="viewEnterprises">
                          <EnterprisesPage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="enterprises/import"
                      element={
                        <RequireCapability capability="editEnterprises">
                          <ImportPage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="enterprises/:id"
                      element={
                        <RequireCapability capability="viewEnterprises">
                          <EnterpriseDetailPage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="cases"
                      element={
                        <RequireCapability capability="viewEnterprises">
                          <Outlet />
                        </RequireCapability>
                      }
                    >
                      <Route index element={<CasesPage />} />
                      <Route path=":id" element={<CasePage />} />
                    </Route>
                    <Route
                      path="plans"
                      element={
                        <RequireCapability capability="viewEnterprises">
                          <PlansPage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="plans/:id"
                      element={
                        <RequireCapability capability="viewEnterprises">
                          <PlanPage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="draws"
                      element={
                        <RequireCapability capability="viewDraws">
                          <Outlet />
                        </RequireCapability>
                      }
                    >
                      <Route index element={<DrawsPage />} />
                      <Route path="matters" element={<MattersPage />} />
                      <Route path=":id" element={<DrawPage />} />
                    </Route>
                    <Route
                      path="inspections"
                      element={
                        <RequireCapability capability="viewInspections">
                          <Outlet />
                        </RequireCapability>
                      }
                    >
                      <Route index element={<Navigate to="tasks" replace />} />
                      <Route path="tasks" element={<InspectionTasksPage />} />
                      <Route path="records/:id" element={<InspectionRecordPage />} />
                      <Route path="hazards" element={<HazardsPage />} />
                    </Route>
                    <Route
                      path="disclosures"
                      element={
                        <RequireCapability capability="viewDisclosures">
                          <StaffDisclosuresPage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="catalogue"
                      element={
                        <RequireCapability capability="viewCatalogue">
                          <Outlet />
                        </RequireCapability>
                      }
                    >
                      <Route index element={<Navigate to="violations" replace />} />
                      <Route path="violations" element={<ViolationsPage />} />
                      <Route path="violations/:code" element={<ViolationDetailPage />} />
                      <Route path="calculator" element={<CalculatorPage />} />
                      <Route path="checklists" element={<ChecklistsPage />} />
                      <Route path="major-hazards" element={<MajorHazardsPage />} />
                      <Route path="powers" element={<PowersPage />} />
                      <Route path="laws" element={<LawsPage />} />
                    </Route>
                    <Route
                      path="orgs"
                      element={
                        <RequireCapability capability="viewOrgs">
                          <OrgTreePage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="people"
                      element={
                        <RequireCapability capability="viewPeople">
                          <PeoplePage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="ledger"
                      element={
                        <RequireCapability capability="viewLedger">
                          <LedgerPage />
                        </RequireCapability>
                      }
                    />
                    <Route
                      path="audit"
                      element={
                        <RequireCapability capability="viewAudit">
                          <SecurityEventsPage />
                        </RequireCapability>
                      }
                    />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </Suspense>
            </AuthProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
