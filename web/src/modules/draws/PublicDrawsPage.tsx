import { Card, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { usePublicDraws } from './api';
import { DrawStatusTag } from './labels';
import { PublicTitle } from '../../portal/PortalLayout';

const PAGE_SIZE = 20;

export function PublicDrawsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const draws = usePublicDraws(page, PAGE_SIZE);
  const items = draws.data?.items ?? [];
  return (
    <>
      <PublicTitle>{t('draws.portalList')}</PublicTitle>
      {draws.isError && <ErrorAlert error={draws.error} />}
      <Card>
        <List
          loading={draws.isFetching}
          dataSource={items}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: draws.data?.total ?? 0, onChange: setPage, simple: true }}
          renderItem={(d) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <>
                    <Link to={`/portal/draws/${d.id}`}>{d.name}</Link> <DrawStatusTag status={d.status} />
                  </>
                }
                description={
                  <Typography.Text type="secondary">
                    {d.orgName} · {d.matterName} · {d.drawDate} · {t('draws.drawnOf', { drawn: d.drawn, total: d.total })}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
