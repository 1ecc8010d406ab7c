import { UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATERIAL_LIMITS } from '../../../../src/modules/tips/contract';
import { ApiError } from '../../app/api';
import { useReportError } from '../../app/feedback';
import i18n from '../../app/i18n';
import type { Material } from './api';

/** 10 240 → "10 KB", 3 500 000 → "3.3 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// The JSON client (app/api.ts) sends JSON only; a file goes raw, its name in the query.
async function sendMaterial(url: string, file: File, headers: Record<string, string>): Promise<Material> {
  let res: Response;
  try {
    res = await fetch(`${url}?${new URLSearchParams({ fileName: file.name })}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json', ...headers },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string; article?: string } } | null;
  if (res.ok) return body as unknown as Material;
  const e = body?.error;
  throw new ApiError(res.status, e?.code ?? 'http', e?.message ?? i18n.t('errors.http', { status: res.status }), e?.field, e?.article);
}

/**
 * Picks files and sends them one by one; what the browser can already tell is too big or of the
 * wrong type is not sent (the server judges the type again, by the file's own bytes).
 */
export function MaterialUpload({
  url,
  headers,
  label,
  onUploaded,
}: {
  url: string;
  /** Asked at each send: the CSRF token may change with the session. */
  headers: () => Record<string, string>;
  label: string;
  onUploaded: (m: Material) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    setBusy(true);
    try {
      for (const file of files) {
        const problem = file.size > MATERIAL_LIMITS.maxBytes ? 'tooBig' : file.type && !MATERIAL_LIMITS.types.includes(file.type) ? 'badType' : null;
        if (problem) {
          void message.error(t(`tips.material.${problem}`, { name: file.name }));
          continue;
        }
        try {
          onUploaded(await sendMaterial(url, file, headers()));
        } catch (error) {
          reportError(error);
        }
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
        multiple
        hidden
        onChange={(e) => void onChange(e)}
        data-testid="material-input"
      />
      <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
