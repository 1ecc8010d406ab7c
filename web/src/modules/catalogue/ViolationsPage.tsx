import { Card, Input, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useViolationTypes, type ViolationRow } from './api';
import { FineText, MeasureTags } from './labels';

const byCode = (a: ViolationRow, b: ViolationRow) => a.code.localeCompare(b.code, 'en', { numeric: true });

/** 违法行为目录: the server filters by name or code; the table sorts and pages what it returns. */
export function ViolationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const list = useViolationTypes(q || undefined);

  const columns: TableColumnsType<ViolationRow> = [
    {
      title: t('violations.code'),
      dataIndex: 'code',
      key: 'code',
      sorter: byCode,
      render: (code: string) => <Link to={`/catalogue/violations/${encodeURIComponent(code)}`}>{code}</Link>,
    },
    {
      title: t('violations.name'),
      dataIndex: 'title',
      key: 'title',
      width: 300,
      render: (title: string, v) => <Link to={`/catalogue/violations/${encodeURIComponent(v.code)}`}>{title}</Link>,
    },
    { title: t('violations.breached'), dataIndex: 'breachedCitation', key: 'breached', width: 200 },
    { title: t('violations.punishing'), dataIndex: 'punishingCitation', key: 'punishing', width: 200 },
    {
      title: t('violations.unitFine'),
      key: 'unitFine',
      width: 170,
      render: (_, v) => <FineText range={v.unitFine} formula={v.formula?.party === 'unit'} later={v.ifNotCorrected?.unitFine} />,
    },
    {
      title: t('violations.personFine'),
      key: 'personFine',
      width: 170,
      render: (_, v) => <FineText range={v.personFine} formula={v.formula?.party === 'person'} later={v.ifNotCorrected?.personFine} />,
    },
    {
      title: t('violations.measures'),
      key: 'measures',
      width: 240,
      render: (_, v) => <MeasureTags labels={v.measureLabels} />,
    },
  ];

  return (
    <>
      <PageTitle>{t('violations.title')}</PageTitle>
      <Card>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          enterButton={t('common.search')}
          placeholder={t('violations.search')}
          aria-label={t('violations.search')}
          maxLength={60}
          onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
          style={{ maxWidth: 420, marginBottom: 16 }}
        />
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<ViolationRow>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="violation-table"
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        />
      </Card>
    </>
  );
}
