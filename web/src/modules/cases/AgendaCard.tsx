import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, errorText } from '../../app/api';
import type { PenaltyCase } from './api';
import { DeadlineTag } from './labels';

/** One row of GET /api/cases/agenda (agenda-service.ts). */
interface AgendaItem {
  caseId: string;
  orgName: string;
  partyName: string;
  summary: string;
  state: string;
  stateName: string;
  deadline: NonNullable<PenaltyCase['nextDeadline']>;
}
interface Agenda {
  today: string;
  weekEndsOn: string;
  dueThisWeek: AgendaItem[];
  late: AgendaItem[];
}

function AgendaList({ title, items }: { title: 'workbench.agendaWeek' | 'workbench.agendaLate'; items: AgendaItem[] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t(title, { count: items.length })}</Typography.Text>}
      locale={{ emptyText: t('workbench.agendaEmpty') }}
      dataSource={items}
      renderItem={(i) => (
        <List.Item key={`${i.caseId}-${i.deadline.kind}-${i.deadline.name}`}>
          <List.Item.Meta title={<Link to={`/cases/${i.caseId}`}>{i.partyName}</Link>} description={`${i.orgName} · ${i.stateName}`} />
          <DeadlineTag deadline={i.deadline} />
        </List.Item>
      )}
    />
  );
}

/** The workbench's deadlines: what falls due this week and what is late, for the cases the user answers for. */
export function AgendaCard() {
  const { t } = useTranslation();
  const agenda = useQuery({ queryKey: ['cases', 'agenda'], queryFn: () => api<Agenda>('/api/cases/agenda') });
  return (
    <Card title={t('workbench.agendaTitle')} loading={agenda.isLoading}>
      {agenda.error != null ? (
        <Typography.Text type="danger">{errorText(agenda.error)}</Typography.Text>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <AgendaList title="workbench.agendaWeek" items={agenda.data?.dueThisWeek ?? []} />
          </Col>
          <Col xs={24} lg={12}>
            <AgendaList title="workbench.agendaLate" items={agenda.data?.late ?? []} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
