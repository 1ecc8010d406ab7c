import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError } from '../../app/api';
import i18n from '../../app/i18n';

// File transfers that the JSON client in app/api.ts does not cover: a raw upload with progress
// (fetch cannot report upload progress) and downloads that report a server error as a message
// instead of saving the error's JSON as the file.

type Query = Record<string, string | number | undefined | null>;

function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

function parseError(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string; field?: string } };
    if (body.error?.message) return new ApiError(status, body.error.code ?? 'unknown', body.error.message, body.error.field);
  } catch {
    // Not our JSON error shape; fall through to the generic message.
  }
  return new ApiError(status, 'http', i18n.t('errors.http', { status }));
}

/** "filename*=UTF-8''…" carries Chinese names; the plain form is the fallback. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1] : fallback;
}

export async function download(path: string, fallbackName: string, query?: Query): Promise<void> {
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!res.ok) throw parseError(res.status, await res.text());
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface UploadOptions {
  url: string;
  file: Blob;
  csrfToken: string | null;
  onProgress: (percent: number) => void;
}

/** POSTs the raw file as application/octet-stream and resolves with the JSON answer. */
export function uploadRaw<T>({ url, file, csrfToken, onProgress }: UploadOptions): { promise: Promise<T>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(parseError(xhr.status, ''));
        }
      } else {
        reject(parseError(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('errors.network')));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', i18n.t('imports.uploadAborted')));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}

/**
 * The session's CSRF token. app/api.ts keeps it private, so read it from the cached session
 * that the auth context stores under ['auth', 'me'].
 */
export function useCsrfToken(): () => string | null {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.getQueryData<{ csrfToken?: string } | null>(['auth', 'me'])?.csrfToken ?? null, [queryClient]);
}
