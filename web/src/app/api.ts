import i18n from './i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** The article a 422 RuleViolation cites, e.g. "行政处罚法 第三十四条". */
    readonly article?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The token comes from /api/auth/me or sign-in; every mutating request must echo it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registered by the auth context so an expired session anywhere leads back to sign-in. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; field?: string; article?: string } };
    if (body.error?.message) {
      const { code, message, field, article } = body.error;
      return new ApiError(res.status, code ?? 'unknown', message, field, article);
    }
  } catch {
    // Not our JSON error shape (e.g. a proxy's HTML page); fall through to a generic message.
  }
  return new ApiError(res.status, 'http', i18n.t('errors.http', { status: res.status }));
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  if (!res.ok) {
    const error = await toApiError(res);
    // Auth endpoints answer 401 for "not signed in" or "wrong password"; those are handled by their callers.
    if (res.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : i18n.t('errors.unknown');
}
