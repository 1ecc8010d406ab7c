import { Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FILE_STATES, GRADES } from '../../../../src/modules/evaluations/codes';
import { EVALUATION_FILE_SORTS } from '../../../../src/modules/evaluations/contract';
import { ErrorAlert } from '../../app/feedback';
import { formatChinaDate } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { DownloadButton } from '../registry/DownloadButton';
import { type EvaluationFile, useFiles } from './api';
import { FileStateTag, GradeTag } from './labels';

const SPEC = { enums: { state: FILE_STATES, grade: GRADES, excellent: ['true', 'false'] as const }, sorts: EVALUATION_FILE_SORTS };

/** 评查案卷: every file evaluated in the subtree, searched, filtered, sorted, paged and exported (the figures' drill-down). */
export function FilesPage() {
  const { t } = useTranslation();
  const list = useListQuery(SPEC);
  const files = useFiles(list.query);
  const columns: TableColumnsType<EvaluationFile> = [
    {
      title: t('evaluations.partyName'),
      dataIndex: 'partyName',
      key: 'partyName',
      render: (p: string, f) => <Link to={`/evaluations/${f.roundId}`}>{p}</Link>,
    },
    { title: t('evaluations.name'), dataIndex: 'roundName', key: 'roundName' },
    { title: t('evaluations.caseOrg'), dataIndex: 'orgName', key: 'orgName' },
    {
      title: t('evaluations.closedOn'),
      dataIndex: 'closedOn',
      key: 'closedOn',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'closedOn'),
      render: (d: string | null) => d ?? '—',
    },
    {
      title: t('evaluations.state'),
      dataIndex: 'state',
      key: 'state',
      render: (s: EvaluationFile['state'], f: EvaluationFile) => <FileStateTag state={s} defects={f.deductions.length} />,
    },
    {
      title: t('evaluations.score'),
      dataIndex: 'score',
      key: 'score',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'score'),
      render: (s: number | null) => s ?? '—',
    },
    { title: t('evaluations.grade'), dataIndex: 'grade', key: 'grade', render: (g: EvaluationFile['grade']) => <GradeTag grade={g} /> },
    { title: t('evaluations.defects'), dataIndex: 'defectCount', key: 'defectCount' },
    {
      title: t('evaluations.scoredAt'),
      dataIndex: 'scoredAt',
      key: 'scoredAt',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'scoredAt'),
      render: (d: string | null) => (d ? formatChinaDate(d) : '—'),
    },
    { title: t('evaluations.excellent'), dataIndex: 'excellent', key: 'excellent', render: (e: boolean) => (e ? t('evaluations.yes') : '') },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('evaluations.filesTitle')}</PageTitle>
        <DownloadButton
          path="/api/evaluations/files/export.xlsx"
          fallbackName={`${t('evaluations.filesTitle')}.xlsx`}
          query={list.exportQuery}
          data-testid="evaluation-files-export"
        >
          {t('common.list.exportXlsx')}
        </DownloadButton>
      </Flex>
      <Card>
        <ListFilters
          name="evaluationFilesFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('evaluations.search')}
          dateLabel={t('evaluations.scoredAt')}
          selects={[
            { name: 'state', label: t('evaluations.state'), options: FILE_STATES.map((s) => ({ value: s, label: t(`evaluations.fileStates.${s}`) })) },
            { name: 'grade', label: t('evaluations.grade'), options: GRADES.map((g) => ({ value: g, label: t(`evaluations.grades.${g}`) })) },
            {
              name: 'excellent',
              label: t('evaluations.excellent'),
              options: [
                { value: 'true', label: t('evaluations.yes') },
                { value: 'false', label: t('evaluations.no') },
              ],
            },
          ]}
        />
        {files.isError && <ErrorAlert error={files.error} />}
        <Table<EvaluationFile>
          rowKey="id"
          columns={columns}
          dataSource={files.data?.items}
          loading={files.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('evaluations.filesEmpty')}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, EVALUATION_FILE_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: files.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          data-testid="evaluation-files-table"
        />
      </Card>
    </>
  );
}
