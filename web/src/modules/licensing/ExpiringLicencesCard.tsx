import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { expiringOut } from '../../../../src/modules/licensing/licence-expiry';
import { api, errorText } from '../../app/api';

type Expiring = z.infer<typeof expiringOut>;
type Row = { issued: Expiring['items'][number]; recorded?: never } | { recorded: Expiring['recorded'][number]; issued?: never };

/**
 * 证照到期提醒 on the workbench: valid licences within two months of their last day to apply for renewal,
 * and after it until they expire; then licences recorded from elsewhere near their last day (外部登记).
 */
export function ExpiringLicencesCard() {
  const { t } = useTranslation();
  const k = 'licensing.licences.expiring' as const;
  const q = useQuery({ queryKey: ['licensing', 'licences', 'expiring'], queryFn: () => api<Expiring>('/api/licensing/licences/expiring') });
  return (
    <Card title={t(`${k}.title`)} loading={q.isLoading} data-testid="expiring-licences-card">
      {q.error != null ? (
        <Typography.Text type="danger">{errorText(q.error)}</Typography.Text>
      ) : (
        <List
          // A card stays a card: a long list pages (the demo's registry alone brings hundreds of licences).
          pagination={{ pageSize: 6, size: 'small', hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          size="small"
          locale={{ emptyText: <Typography.Text type="secondary">{t(`${k}.empty`)}</Typography.Text> }}
          dataSource={[...(q.data?.items ?? []).map((issued): Row => ({ issued })), ...(q.data?.recorded ?? []).map((recorded): Row => ({ recorded }))]}
          renderItem={({ issued: l, recorded: r }) =>
            r ? (
              <List.Item key={r.id}>
                <List.Item.Meta
                  title={<Link to={`/enterprises/${r.enterpriseId}?tab=licences`}>{`${r.kind} ${r.licenceNo}`}</Link>}
                  description={`${r.holder} · ${t(`${k}.validTo`, { date: r.validTo })}`}
                />
                <Tooltip title={q.data?.recordedBasis}>
                  <Tag color="gold">{t(`${k}.recorded`)}</Tag>
                </Tooltip>
              </List.Item>
            ) : (
              <List.Item key={l.id}>
                <List.Item.Meta
                  title={<Link to={`/licensing/licences/${l.id}`}>{`${l.matterName} ${l.licenceNo}`}</Link>}
                  description={`${l.holder} · ${t(`${k}.validTo`, { date: l.validTo })}`}
                />
                <Tooltip title={q.data?.basis}>
                  {l.renewable ? (
                    <Tag color="orange">{t(`${k}.renewBy`, { date: l.renewBy })}</Tag>
                  ) : (
                    <Tag color="red">{t(`${k}.late`, { date: l.renewBy })}</Tag>
                  )}
                </Tooltip>
              </List.Item>
            )
          }
        />
      )}
    </Card>
  );
}
