import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { industryLabel } from '../../../../src/modules/registry/industries';
import { ErrorAlert } from '../../app/feedback';
import { useEnterprises, type Enterprise, type EnterpriseFilter } from './api';
import { KeyCategoryTags, RiskTag, StatusTag } from './EnterpriseTags';
import { enumLabel } from './labels';
import { PAGE_SIZES } from './useEnterpriseQuery';

interface Props {
  filter: EnterpriseFilter;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

export function EnterpriseTable({ filter, page, pageSize, onPage }: Props) {
  const { t } = useTranslation();
  const list = useEnterprises(filter, page, pageSize);

  const columns: TableColumnsType<Enterprise> = [
    {
      title: t('enterpriseFields.name'),
      dataIndex: 'name',
      key: 'name',
      // The server returns the list ordered by name (then id); there is no other order to ask for.
      sorter: true,
      sortOrder: 'ascend',
      sortDirections: ['ascend'],
      showSorterTooltip: false,
      render: (name: string, e) => <Link to={`/enterprises/${e.id}`}>{name}</Link>,
    },
    { title: t('enterpriseFields.uscc'), dataIndex: 'uscc', key: 'uscc' },
    { title: t('enterpriseFields.regionCode'), dataIndex: 'regionCode', key: 'regionCode' },
    {
      title: t('enterpriseFields.industryCode'),
      dataIndex: 'industryCode',
      key: 'industryCode',
      render: (code: string) => industryLabel(code),
    },
    {
      title: t('enterpriseFields.riskGrade'),
      dataIndex: 'riskGrade',
      key: 'riskGrade',
      render: (grade: string) => <RiskTag grade={grade} />,
    },
    {
      title: t('enterpriseFields.keyCategories'),
      dataIndex: 'keyCategories',
      key: 'keyCategories',
      render: (categories: string[]) => <KeyCategoryTags categories={categories} />,
    },
    { title: t('enterpriseFields.status'), dataIndex: 'status', key: 'status', render: (s: string) => <StatusTag status={s} /> },
    { title: t('enterpriseFields.size'), dataIndex: 'size', key: 'size', render: (s: string) => enumLabel(t, 'size', s) },
    { title: t('enterpriseFields.orgId'), dataIndex: 'orgName', key: 'orgName' },
  ];

  return (
    <>
      {list.isError && <ErrorAlert error={list.error} />}
      <Table<Enterprise>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid="enterprise-table"
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: onPage,
        }}
      />
    </>
  );
}
