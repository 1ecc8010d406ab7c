import { Alert, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_STATES, SUBJECT_KINDS } from '../../../../src/modules/followups/codes';
import { FOLLOW_UP_FIGURE_CODES, FOLLOW_UP_SORTS, type FollowUpFigureCode } from '../../../../src/modules/followups/contract';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { PageTitle } from '../../app/Layout';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { DownloadButton } from '../registry/DownloadButton';
import { type FollowUp, useFollowUps } from './api';
import { FollowUpStateTag, RatingTag } from './labels';

const SPEC = {
  enums: { state: FOLLOW_UP_STATES, subjectKind: SUBJECT_KINDS, channel: FOLLOW_UP_CHANNELS, figure: FOLLOW_UP_FIGURE_CODES },
  sorts: FOLLOW_UP_SORTS,
};
type Sort = (typeof FOLLOW_UP_SORTS)[number];

/** 执法回访: the bureau's follow-ups (an enterprise user's own), latest due first. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const enterpriseUser = user.roles.includes('enterpriseUser');
  const list = useListQuery(SPEC);
  const followUps = useFollowUps(list.query);
  const figure = list.filter.figure;
  const sorted = (key: Sort) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, key) });

  const selects = [
    { name: 'state', label: t('followups.state'), options: FOLLOW_UP_STATES.map((s) => ({ value: s, label: t(`followups.states.${s}`) })) },
    {
      name: 'subjectKind',
      label: t('followups.subjectKind'),
      options: SUBJECT_KINDS.map((k) => ({ value: k, label: t(`followups.subjectKinds.${k}`) })),
    },
    { name: 'channel', label: t('followups.channel'), options: FOLLOW_UP_CHANNELS.map((c) => ({ value: c, label: t(`followups.channels.${c}`) })) },
  ];
  const columns: TableColumnsType<FollowUp> = [
    {
      title: t('followups.subject'),
      dataIndex: 'subjectTitle',
      key: 'subjectTitle',
      render: (title: string, f) => <Link to={`/followups/${f.id}`}>{title || t(`followups.subjectKinds.${f.subjectKind}`)}</Link>,
    },
    {
      title: t('followups.subjectKind'),
      dataIndex: 'subjectKind',
      key: 'subjectKind',
      render: (k: FollowUp['subjectKind']) => t(`followups.subjectKinds.${k}`),
    },
    ...(enterpriseUser ? [] : [{ title: t('followups.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName' }]),
    { title: t('followups.subjectOn'), dataIndex: 'subjectOn', key: 'subjectOn', ...sorted('subjectOn') },
    { title: t('followups.dueOn'), dataIndex: 'dueOn', key: 'dueOn', ...sorted('dueOn') },
    { title: t('followups.state'), dataIndex: 'state', key: 'state', render: (s: FollowUp['state']) => <FollowUpStateTag state={s} /> },
    { title: t('followups.channel'), dataIndex: 'channel', key: 'channel', render: (c: FollowUp['channel']) => (c ? t(`followups.channels.${c}`) : '—') },
    { title: t('followups.answeredOn'), dataIndex: 'answeredOn', key: 'answeredOn', ...sorted('answeredOn'), render: (d: string | null) => d ?? '—' },
    {
      title: t('followups.questions.satisfaction'),
      dataIndex: 'satisfaction',
      key: 'satisfaction',
      render: (r: FollowUp['satisfaction']) => <RatingTag rating={r} />,
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('followups.title')}</PageTitle>
        <DownloadButton path="/api/followups/export.xlsx" fallbackName={`${t('followups.title')}.xlsx`} query={list.exportQuery} data-testid="followups-export">
          {t('common.list.exportXlsx')}
        </DownloadButton>
      </Flex>
      {enterpriseUser && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('followups.mineIntro')} />}
      <Card>
        {/* 统计分析's drill-down (?figure=&orgId=&from=&to=): the follow-ups a figure counts, until taken off. */}
        {figure && (
          <FigureFilterAlert
            filter={list.filter}
            name={t(`followups.figureNames.${figure as FollowUpFigureCode}`)}
            onClear={() => list.setFilter({ figure: undefined })}
          />
        )}
        <ListFilters
          name="followupsFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('followups.search')}
          dateLabel={figure ? t('common.figurePeriod') : t('followups.dueOn')}
          selects={selects}
          org={!enterpriseUser}
        />
        {followUps.isError && <ErrorAlert error={followUps.error} />}
        <Table<FollowUp>
          rowKey="id"
          columns={columns}
          dataSource={followUps.data?.items}
          loading={followUps.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('followups.empty')}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, FOLLOW_UP_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: followUps.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          data-testid="followup-table"
        />
      </Card>
    </>
  );
}
