import { Button, Card, Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { HAZARD_GRADES, HAZARD_ORIGINS, HAZARD_STATUSES } from '../../../../src/modules/inspections/codes';
import { HAZARD_SORTS, type HazardSort, HAZARD_FIGURE_CODES } from '../../../../src/modules/inspections/contract';
import { DownloadButton } from '../registry/DownloadButton';
import { HAZARDS_EXPORT_URL, useHazardList, type Hazard } from './api';

const HAZARD_SPEC = { enums: { status: HAZARD_STATUSES, grade: HAZARD_GRADES, origin: HAZARD_ORIGINS, figure: HAZARD_FIGURE_CODES }, sorts: HAZARD_SORTS };
import { HazardActionModal, type OfficerDecision } from './HazardActionModal';
import { OpenCaseButton } from '../cases/OpenCaseButton';
import { HazardDocuments } from './HazardDocuments';
import { GradeTag, HazardDescription, HazardStatusTag, OriginTag } from './labels';

/** Which decisions the server's hazard rules allow from each status (rules.ts EVENT_FROM). */
function decisionsFor(h: Hazard): OfficerDecision[] {
  switch (h.status) {
    case 'rectificationSubmitted':
      return ['reinspectPass', 'reinspectReturn'];
    case 'extensionRequested':
      return ['grantExtension', 'denyExtension'];
    case 'open':
      // A general hazard is escalated only once overdue; a major one at once.
      return h.grade === 'major' ? ['reinspectPass', 'extend', 'escalate'] : ['reinspectPass', 'extend'];
    case 'overdue':
      return ['reinspectPass', 'extend', 'escalate'];
    default:
      return [];
  }
}

type FigureKey = `${(typeof HAZARD_FIGURE_CODES)[number] extends `${infer A}.${infer B}` ? `${A}_${B}` : never}`;

export function HazardsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListQuery(HAZARD_SPEC);
  const hazards = useHazardList(list.query);
  const sorted = (key: HazardSort) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, key) });
  const selects = [
    { name: 'status', label: t('inspections.status'), options: HAZARD_STATUSES.map((v) => ({ value: v, label: t(`inspections.hazardStatuses.${v}`) })) },
    { name: 'grade', label: t('inspections.grade'), options: HAZARD_GRADES.map((v) => ({ value: v, label: t(`inspections.grades.${v}`) })) },
    { name: 'origin', label: t('inspections.hazardOrigin'), options: HAZARD_ORIGINS.map((v) => ({ value: v, label: t(`inspections.hazardOrigins.${v}`) })) },
  ];
  const [acting, setActing] = useState<{ hazard: Hazard; decision: OfficerDecision } | null>(null);
  const inspector = can(user.roles, 'inspection.inspect');

  const columns: TableColumnsType<Hazard> = [
    { title: t('inspections.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', ...sorted('enterpriseName') },
    { title: t('inspections.description'), key: 'description', render: (_, h) => <HazardDescription hazard={h} /> },
    { title: t('inspections.grade'), dataIndex: 'grade', key: 'grade', ...sorted('grade'), render: (g: Hazard['grade']) => <GradeTag grade={g} /> },
    { title: t('inspections.hazardOrigin'), dataIndex: 'origin', key: 'origin', render: (o: Hazard['origin']) => <OriginTag origin={o} /> },
    { title: t('inspections.foundOn'), dataIndex: 'foundOn', key: 'foundOn', ...sorted('foundOn') },
    { title: t('inspections.deadline'), dataIndex: 'deadline', key: 'deadline', ...sorted('deadline') },
    {
      title: t('inspections.status'),
      dataIndex: 'status',
      key: 'status',
      ...sorted('status'),
      render: (s: Hazard['status']) => <HazardStatusTag status={s} />,
    },
    {
      title: t('inspections.actions'),
      key: 'actions',
      render: (_, h) =>
        inspector && (
          <Flex wrap gap={4}>
            {decisionsFor(h).map((d) => (
              <Button key={d} size="small" danger={d === 'escalate' || d === 'reinspectReturn'} onClick={() => setActing({ hazard: h, decision: d })}>
                {t(`inspections.${d}`)}
              </Button>
            ))}
            {h.recordId && <OpenCaseButton hazardId={h.id} />}
            <HazardDocuments hazard={h} />
          </Flex>
        ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('inspections.hazardsTitle')}</PageTitle>
        <DownloadButton path={HAZARDS_EXPORT_URL} fallbackName={`${t('inspections.hazardsTitle')}.xlsx`} query={list.exportQuery} data-testid="hazard-export">
          {t('common.list.exportXlsx')}
        </DownloadButton>
      </Flex>
      <Card>
        {list.filter.figure && (
          <FigureFilterAlert
            filter={list.filter}
            name={t(`inspections.figureNames.${list.filter.figure.replace('.', '_') as FigureKey}`)}
            onClear={() => list.setFilter({ figure: undefined })}
          />
        )}
        <ListFilters
          name="hazardFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('common.list.searchEnterprise')}
          dateLabel={list.filter.figure ? t('common.figurePeriod') : t('common.list.foundOn')}
          selects={selects}
        />
        {hazards.isError && <ErrorAlert error={hazards.error} />}
        <Table<Hazard>
          rowKey="id"
          columns={columns}
          dataSource={hazards.data?.items}
          loading={hazards.isFetching}
          scroll={{ x: 'max-content' }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, HAZARD_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: hazards.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (n) => t('common.total', { total: n }),
          }}
          data-testid="hazard-table"
        />
      </Card>
      {acting && <HazardActionModal hazard={acting.hazard} decision={acting.decision} onClose={() => setActing(null)} />}
    </>
  );
}
