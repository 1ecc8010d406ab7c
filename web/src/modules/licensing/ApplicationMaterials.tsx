import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GuideMaterial, ServiceGuide } from '../../../../src/modules/licensing/guide-contract';
import { useUser } from '../../app/auth';
import { FileUploadButton } from '../../app/FileUploadButton';
import { fileSize, formatDateTime } from '../../app/format';
import { type FileLimits, fileProblem, sendFile } from '../../app/upload';
import { isApplicant } from './labels';
import { useCsrfToken } from '../registry/transfer';
import { type ApplicationDetail, type ApplicationMaterial, applicationMaterialUrl, licenseMaterialUrl } from './api';

// A browser may give no type (an unknown extension, some Windows set-ups): then the name judges.
const LIMITS: FileLimits = { maxBytes: 20 * 1024 * 1024, types: ['application/pdf', 'image/jpeg', 'image/png'], extensions: /\.(pdf|jpe?g|png)$/i };

/** The files for one material, each announced once sent. */
function UploadButton({ a, material }: { a: ApplicationDetail; material: GuideMaterial }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const csrf = useCsrfToken();
  const client = useQueryClient();
  const k = 'licensing.applications.materials' as const;
  return (
    <FileUploadButton
      label={t(`${k}.upload`)}
      ariaLabel={`${t(`${k}.upload`)}：${material.name}`}
      size="small"
      accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
      testId={`material-input-${material.code}`}
      check={(file) => {
        const problem = fileProblem(file, LIMITS);
        return problem && t(`${k}.${problem}`, { name: file.name });
      }}
      send={async (file) => {
        const token = csrf();
        const url = `${applicationMaterialUrl(a.id)}?${new URLSearchParams({ materialCode: material.code })}`;
        await sendFile<ApplicationMaterial>(url, file, token ? { 'x-csrf-token': token } : {});
        void message.success(t(`${k}.uploaded`, { name: file.name }));
      }}
      onDone={() => client.invalidateQueries({ queryKey: ['licensing', 'applications', 'detail', a.id] })}
    />
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
