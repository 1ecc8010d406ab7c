import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideMaterial, ServiceGuide } from '../../../../src/modules/licensing/guide-contract';
import { ApiError } from '../../app/api';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import i18n from '../../app/i18n';
import { isApplicant } from './labels';
import { useCsrfToken } from '../registry/transfer';
import { fileSize } from '../tips/MaterialUpload';
import { type ApplicationDetail, type ApplicationMaterial, applicationMaterialUrl, licenseMaterialUrl } from './api';

const MAX_BYTES = 20 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

// The JSON client sends JSON only; a file goes raw, its material and name in the query.
async function send(id: string, materialCode: string, file: File, csrf: string | null): Promise<ApplicationMaterial> {
  let res: Response;
  try {
    res = await fetch(`${applicationMaterialUrl(id)}?${new URLSearchParams({ materialCode, fileName: file.name })}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string; article?: string } } | null;
  if (res.ok) return body as unknown as ApplicationMaterial;
  const e = body?.error;
  throw new ApiError(res.status, e?.code ?? 'http', e?.message ?? i18n.t('errors.http', { status: res.status }), e?.field, e?.article);
}

/** Picks files for one material and sends them one by one; what is too big or of another type is not sent. */
function UploadButton({ a, material }: { a: ApplicationDetail; material: GuideMaterial }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const csrf = useCsrfToken();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    setBusy(true);
    try {
      for (const file of files) {
        const problem = file.size > MAX_BYTES ? 'tooBig' : (file.type ? !TYPES.includes(file.type) : !EXTENSIONS.test(file.name)) ? 'badType' : null;
        if (problem) {
          void message.error(t(`licensing.applications.materials.${problem}`, { name: file.name }));
          continue;
        }
        try {
          await send(a.id, material.code, file, csrf());
          void message.success(t('licensing.applications.materials.uploaded', { name: file.name }));
        } catch (error) {
          reportError(error);
        }
      }
    } finally {
      setBusy(false);
      await client.invalidateQueries({ queryKey: ['licensing', 'applications', 'detail', a.id] });
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        multiple
        hidden
        onChange={(e) => void onChange(e)}
        data-testid={`material-input-${material.code}`}
      />
      <Button
        size="small"
        icon={<UploadOutlined />}
        loading={busy}
        onClick={() => input.current?.click()}
        aria-label={`${t('licensing.applications.materials.upload')}：${material.name}`}
      >
        {t('licensing.applications.materials.upload')}
      </Button>
    </>
  );
}

function FileLine({ m }: { m: ApplicationMaterial }) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center">
      <a href={licenseMaterialUrl(m.id)} download={m.fileName}>
        {m.fileName}
      </a>
      <Typography.Text type="secondary">{fileSize(m.size)}</Typography.Text>
      <Tooltip title={`${t('licensing.applications.materials.digest')} ${m.digest}`}>
        <Typography.Text code aria-label={`${t('licensing.applications.materials.digest')} ${m.digest}`}>
          SM3 {m.digest.slice(0, 12)}…
        </Typography.Text>
      </Tooltip>
      <Typography.Text type="secondary">{formatDateTime(m.uploadedAt)}</Typography.Text>
    </Flex>
  );
}

/**
 * 申请材料: the guide's list, each material with its files; the applicant's side uploads while the
 * application is a draft or a supplement is asked for, the notice's items marked on their materials.
 */
export function ApplicationMaterials({ application: a, guide }: { application: ApplicationDetail; guide: ServiceGuide }) {
  const { t } = useTranslation();
  const user = useUser();
  const editable = isApplicant(user.roles, a) && (a.state === 'draft' || a.state === 'supplementRequested');
  const notice = a.state === 'supplementRequested' ? a.supplementNotices.at(-1) : undefined;
  const k = 'licensing.applications.materials' as const;
  return (
    <Card
      title={t(`${k}.title`)}
      extra={editable && <Typography.Text type="secondary">{t(`${k}.hint`)}</Typography.Text>}
      style={{ marginTop: 16 }}
      data-testid="application-materials"
    >
      {notice && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t(`${k}.noticeTitle`, { date: notice.issuedOn })}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {notice.items.map((i) => (
                  <li key={i.materialCode}>
                    {guide.materials.find((m) => m.code === i.materialCode)?.name ?? i.materialCode}：{i.problem}
                  </li>
                ))}
              </ul>
              {notice.note && <div>{t('licensing.applications.detail.noticeNote', { note: notice.note })}</div>}
            </>
          }
          data-testid="supplement-notice"
        />
      )}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {guide.materials.map((m) => {
          const files = a.materials.filter((f) => f.materialCode === m.code);
          const problem = notice?.items.find((i) => i.materialCode === m.code)?.problem;
          return (
            <li
              key={m.code}
              data-testid={`material-${m.code}`}
              style={{
                padding: '12px 8px',
                borderBottom: '1px solid #f0f0f0',
                ...(problem ? { background: '#fff7e6', borderInlineStart: '3px solid #fa8c16' } : {}),
              }}
            >
              <Flex justify="space-between" align="start" gap={12} wrap>
                <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
                  <Flex gap={4} wrap align="center">
                    <Typography.Text strong>{m.name}</Typography.Text>
                    <Tag color={m.required ? 'blue' : 'default'}>{t(m.required ? `${k}.required` : `${k}.conditional`)}</Tag>
                    {m.condition && <Typography.Text type="secondary">{t(`${k}.when`, { condition: m.condition })}</Typography.Text>}
                  </Flex>
                  <Typography.Text type="secondary">{m.note}</Typography.Text>
                  {problem && <Typography.Text style={{ color: '#ad4e00' }}>{t(`${k}.toFix`, { problem })}</Typography.Text>}
                  {files.length ? files.map((f) => <FileLine key={f.id} m={f} />) : <Typography.Text type="secondary">{t(`${k}.none`)}</Typography.Text>}
                </Flex>
                {editable && <UploadButton a={a} material={m} />}
              </Flex>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
