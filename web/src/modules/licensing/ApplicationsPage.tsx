import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { APPLICATION_CHANNELS, APPLICATION_STATES, LICENSE_MATTER_CODES } from '../../../../src/modules/licensing/codes';
import { APPLICATION_SORTS, LICENSE_FIGURE_CODES, type LicenseFigureCode } from '../../../../src/modules/licensing/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { DownloadButton } from '../registry/DownloadButton';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { ListFilters } from '../../app/ListFilters';
import { PageTitle } from '../../app/Layout';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { useApplications, useGuides, type Application } from './api';
import { ApplicationStateTag, ChannelTag, ClockCell } from './labels';

const SPEC = {
  enums: { state: APPLICATION_STATES, matterCode: LICENSE_MATTER_CODES, channel: APPLICATION_CHANNELS, figure: LICENSE_FIGURE_CODES },
  sorts: APPLICATION_SORTS,
};
type Sort = (typeof APPLICATION_SORTS)[number];

/** 行政许可: the bureau's applications (an enterprise user's own), newest first. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const enterpriseUser = user.roles.includes('enterpriseUser');
  const list = useListQuery(SPEC);
  const applications = useApplications(list.query);
  const figure = list.filter.figure;
  const guides = useGuides();
  const sorted = (key: Sort) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, key) });

  const selects = [
    {
      name: 'state',
      label: t('licensing.applications.state'),
      options: APPLICATION_STATES.map((s) => ({ value: s, label: t(`licensing.applications.states.${s}`) })),
    },
    { name: 'matterCode', label: t('licensing.applications.matter'), options: (guides.data?.items ?? []).map((g) => ({ value: g.code, label: g.name })) },
    {
      name: 'channel',
      label: t('licensing.applications.channel'),
      options: APPLICATION_CHANNELS.map((c) => ({ value: c, label: t(`licensing.applications.channels.${c}`) })),
    },
  ];
  const columns: TableColumnsType<Application> = [
    {
      title: t('licensing.applications.applicationNo'),
      dataIndex: 'applicationNo',
      key: 'applicationNo',
      ...sorted('applicationNo'),
      render: (no: string, a) => <Link to={`/licensing/applications/${a.id}`}>{no}</Link>,
    },
    { title: t('licensing.applications.matter'), dataIndex: 'matterName', key: 'matterName' },
    { title: t('licensing.applications.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName' },
    { title: t('licensing.applications.channel'), dataIndex: 'channel', key: 'channel', render: (c: Application['channel']) => <ChannelTag channel={c} /> },
    { title: t('licensing.applications.state'), dataIndex: 'state', key: 'state', render: (s: Application['state']) => <ApplicationStateTag state={s} /> },
    {
      title: t('licensing.applications.receivedOn'),
      dataIndex: 'receivedOn',
      key: 'receivedOn',
      ...sorted('receivedOn'),
      render: (d: string | null) => d ?? '—',
    },
    { title: t('licensing.applications.clock'), dataIndex: 'clock', key: 'clock', render: (c: Application['clock']) => <ClockCell clock={c} /> },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('licensing.applications.title')}</PageTitle>
        <Flex gap={8} wrap>
          {can(user.roles, 'license.apply') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/licensing/apply')}>
              {t(enterpriseUser ? 'licensing.applications.applyOnline' : 'licensing.applications.counter')}
            </Button>
          )}
          <DownloadButton
            path="/api/licensing/applications/export.xlsx"
            fallbackName={`${t('licensing.applications.title')}.xlsx`}
            query={list.exportQuery}
            data-testid="licensing-export"
          >
            {t('common.list.exportXlsx')}
          </DownloadButton>
        </Flex>
      </Flex>
      <Card>
        {/* 统计分析's drill-down (?figure=&orgId=&from=&to=): the applications a figure counts, until taken off. */}
        {figure && (
          <FigureFilterAlert
            filter={list.filter}
            name={t(`licensing.figureNames.${figure as LicenseFigureCode}`)}
            onClear={() => list.setFilter({ figure: undefined })}
          />
        )}
        <ListFilters
          name="licensingFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('licensing.applications.search')}
          dateLabel={figure ? t('common.figurePeriod') : t('licensing.applications.receivedOn')}
          selects={selects}
          org={!enterpriseUser}
        />
        {applications.isError && <ErrorAlert error={applications.error} />}
        <Table<Application>
          rowKey="id"
          columns={columns}
          dataSource={applications.data?.items}
          loading={applications.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('licensing.applications.empty')}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, APPLICATION_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: applications.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          data-testid="application-table"
        />
      </Card>
    </>
  );
}
