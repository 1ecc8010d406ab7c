import { Card, Empty, Input, Pagination, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPOSURE_KINDS, type ExposureKind } from '../../../../src/modules/exposures/codes';
import { ErrorAlert } from '../../app/feedback';
import { PublicTitle } from '../../portal/PortalLayout';
import { usePublicExposures } from './api';
import { PublicDocumentView } from './PublicDocumentView';

/** 警示曝光、典型案例和通报 on the portal: the documents as published (redacted), newest first. */
export function PortalExposures() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ExposureKind | 'all'>('all');
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const docs = usePublicExposures({ kind: kind === 'all' ? undefined : kind, q, page, pageSize: 10 });
  return (
    <>
      <PublicTitle>{t('exposures.portal.title')}</PublicTitle>
      <Typography.Paragraph>{t('exposures.portal.intro')}</Typography.Paragraph>
      <Segmented
        aria-label={t('exposures.kind')}
        value={kind}
        onChange={(v) => {
          setKind(v as ExposureKind | 'all');
          setPage(1);
        }}
        options={[{ value: 'all', label: t('exposures.portal.all') }, ...EXPOSURE_KINDS.map((k) => ({ value: k, label: t(`exposures.kinds.${k}`) }))]}
        style={{ marginBottom: 12 }}
      />
      <Input.Search
        aria-label={t('exposures.titleField')}
        placeholder={t('exposures.titleField')}
        allowClear
        enterButton
        style={{ maxWidth: 420, marginBottom: 16, display: 'block' }}
        onSearch={(v) => {
          setQ(v.trim() || undefined);
          setPage(1);
        }}
      />
      {docs.isError && <ErrorAlert error={docs.error} />}
      <div data-testid="portal-exposures">
        {docs.data?.items.length === 0 && <Empty description={<Typography.Text type="secondary">{t('exposures.portal.empty')}</Typography.Text>} />}
        {docs.data?.items.map((d) => (
          <Card key={d.id} size="small" style={{ marginBottom: 12 }} title={t(`exposures.kinds.${d.kind}`)}>
            <PublicDocumentView doc={d} />
          </Card>
        ))}
      </div>
      <Pagination current={page} pageSize={10} total={docs.data?.total ?? 0} onChange={setPage} showTotal={(total) => t('common.total', { total })} />
    </>
  );
}
