import { Card, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../app/feedback';
import { useSubjects } from './api';
import { PublicTitle } from './PortalLayout';

/** 事前公开: every enforcement subject, each linking to what it must publish before acting. */
export function SubjectsPage() {
  const { t } = useTranslation();
  const subjects = useSubjects();
  const [filter, setFilter] = useState('');
  const shown = (subjects.data ?? []).filter((s) => !filter || s.name.includes(filter.trim()));
  return (
    <>
      <PublicTitle>{t('portal.prior.title')}</PublicTitle>
      <Typography.Paragraph>{t('portal.prior.intro')}</Typography.Paragraph>
      {subjects.isError && <ErrorAlert error={subjects.error} />}
      <Card>
        <label htmlFor="subject-filter" style={{ display: 'block', marginBottom: 4 }}>
          {t('portal.prior.filter')}
        </label>
        <Input id="subject-filter" value={filter} onChange={(e) => setFilter(e.target.value)} allowClear style={{ maxWidth: 360 }} />
        <List
          loading={subjects.isLoading}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, simple: true }}
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/portal/prior/${s.id}`}>{s.name}</Link>}
                description={
                  <Typography.Text type="secondary">
                    {t(`orgLevels.${s.level}`, { defaultValue: s.level })} · {t('portal.prior.regionCode')} {s.regionCode}
                    {s.parentName ? ` · ${t('portal.prior.parent')} ${s.parentName}` : ''}
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
