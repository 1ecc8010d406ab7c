import { Card, Form, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { FilterForm } from '../../app/FilterForm';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { detailSentence } from './detail';
import { EVENT_KINDS, isEventKind, useSecurityEvents, type SecurityEvent } from './api';

const ALERTING = new Set(['signInFailed', 'locked', 'permissionDenied']);

export function SecurityEventsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const events = useSecurityEvents(kind, paging.page, paging.pageSize);

  const columns: TableColumnsType<SecurityEvent> = [
    { title: t('audit.at'), dataIndex: 'at', key: 'at', render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (k: string) => <Tag color={ALERTING.has(k) ? 'red' : 'blue'}>{isEventKind(k) ? t(`eventKinds.${k}`) : k}</Tag>,
    },
    { title: t('audit.username'), dataIndex: 'username', key: 'username' },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip' },
    { title: t('audit.detail'), dataIndex: 'detail', key: 'detail', render: (d: unknown, e) => detailSentence(t, e.kind, d) },
  ];

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Card>
        <FilterForm name="auditFilter" style={{ marginBottom: 16 }}>
          <Form.Item name="kind" label={t('audit.kind')}>
            <Select
              allowClear
              placeholder={t('audit.kindPlaceholder')}
              style={{ minWidth: 180 }}
              options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
              onChange={(v: string | undefined) => {
                setKind(v);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
            />
          </Form.Item>
        </FilterForm>
        {events.isError && <ErrorAlert error={events.error} />}
        <Table<SecurityEvent>
          rowKey="id"
          columns={columns}
          dataSource={events.data?.items}
          loading={events.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
