import { Button, Card, Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useHazards, type Hazard } from './api';
import { HazardActionModal, type OfficerDecision } from './HazardActionModal';
import { OpenCaseButton } from '../cases/OpenCaseButton';
import { HazardDocuments } from './HazardDocuments';
import { GradeTag, HazardStatusTag } from './labels';

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

export function HazardsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useHazards({});
  const [acting, setActing] = useState<{ hazard: Hazard; decision: OfficerDecision } | null>(null);
  const inspector = can(user.roles, 'inspection.inspect');

  const columns: TableColumnsType<Hazard> = [
    { title: t('inspections.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('inspections.description'), key: 'description', render: (_, h) => <Link to={`/inspections/records/${h.recordId}`}>{h.description}</Link> },
    { title: t('inspections.grade'), dataIndex: 'grade', key: 'grade', render: (g: Hazard['grade']) => <GradeTag grade={g} /> },
    { title: t('inspections.foundOn'), dataIndex: 'foundOn', key: 'foundOn' },
    { title: t('inspections.deadline'), dataIndex: 'deadline', key: 'deadline' },
    { title: t('inspections.status'), dataIndex: 'status', key: 'status', render: (s: Hazard['status']) => <HazardStatusTag status={s} /> },
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
            <OpenCaseButton hazardId={h.id} />
            <HazardDocuments hazard={h} />
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('inspections.hazardsTitle')}</PageTitle>
      <Card>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<Hazard>
          rowKey="id"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="hazard-table"
        />
      </Card>
      {acting && <HazardActionModal hazard={acting.hazard} decision={acting.decision} onClose={() => setActing(null)} />}
    </>
  );
}
