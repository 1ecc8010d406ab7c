import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Result, Spin } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { api, ApiError, errorText, setCsrfToken, setUnauthorizedHandler } from './api';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: string[];
  mustChangePassword: boolean;
  /** Whom the user works for when it is not the org: an enterprise user's company. */
  affiliation: string | null;
}

interface Session {
  user: SessionUser;
  csrfToken: string;
}

interface AuthValue {
  user: SessionUser | null;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Re-reads the session, e.g. after the password change clears mustChangePassword. */
  refresh(): Promise<void>;
}

const ME_KEY = ['auth', 'me'] as const;

async function fetchSession(): Promise<Session | null> {
  const { session } = await api<{ session: Session | null }>('/api/auth/session');
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

const AuthContext = createContext<AuthValue | null>(null);

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user, for pages that only render behind <RequireAuth>. */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser must be used behind <RequireAuth>');
  return user;
}

function FullPage({ children }: { children: ReactNode }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      {children}
    </Flex>
  );
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchSession, staleTime: Infinity });

  // Data cached for one user must never be shown to the next one.
  const replaceSession = useCallback(
    (session: Session | null) => {
      setCsrfToken(session?.csrfToken ?? null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, session);
    },
    [queryClient],
  );

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  const value = useMemo<AuthValue>(
    () => ({
      user: me.data?.user ?? null,
      async signIn(username, password) {
        replaceSession(await api<Session>('/api/auth/sign-in', { method: 'POST', body: { username, password } }));
      },
      async signOut() {
        try {
          await api<void>('/api/auth/sign-out', { method: 'POST' });
        } catch (error) {
          // An expired session is already signed out; anything else must be reported.
          if (!(error instanceof ApiError && error.status === 401)) throw error;
        }
        replaceSession(null);
      },
      async refresh() {
        await queryClient.invalidateQueries({ queryKey: ME_KEY });
      },
    }),
    [me.data, queryClient, replaceSession],
  );

  if (me.isPending) {
    return (
      <FullPage>
        <Spin size="large" description={t('app.loading')} />
      </FullPage>
    );
  }
  if (me.isError) {
    return (
      <FullPage>
        <Result status="error" title={errorText(me.error)} extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>} />
      </FullPage>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** Gatekeeper for every signed-in route, including the forced initial-password change. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) {
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  }
  if (user.mustChangePassword && location.pathname !== '/password') {
    return <Navigate to="/password" replace />;
  }
  return children;
}
