import { ApiError } from './api';
import i18n from './i18n';

export interface FileLimits {
  maxBytes: number;
  /** MIME types the browser may report. */
  types: readonly string[];
  /** Judges a file the browser gives no type for; without it such a file is left to the server. */
  extensions?: RegExp;
}

export type FileProblem = 'tooBig' | 'badType';

/**
 * What the browser can already tell about a picked file, so that it is not sent for nothing. Only
 * a first sieve: the server judges the type again, by the file's own bytes.
 */
export function fileProblem(file: Pick<File, 'name' | 'size' | 'type'>, limits: FileLimits): FileProblem | null {
  if (file.size > limits.maxBytes) return 'tooBig';
  if (file.type) return limits.types.includes(file.type) ? null : 'badType';
  return limits.extensions && !limits.extensions.test(file.name) ? 'badType' : null;
}

/**
 * POSTs the file raw, its name added to the query (the JSON client in api.ts sends JSON only), and
 * resolves with the JSON answer. No progress: registry/transfer's uploadRaw has it, over XHR.
 */
export async function sendFile<T>(url: string, file: File, headers: Record<string, string>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${url}${url.includes('?') ? '&' : '?'}${new URLSearchParams({ fileName: file.name })}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json', ...headers },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string; article?: string } } | null;
  if (res.ok) return body as T;
  const e = body?.error;
  throw new ApiError(res.status, e?.code ?? 'http', e?.message ?? i18n.t('errors.http', { status: res.status }), e?.field, e?.article);
}
