import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingOut } from '../../../../src/modules/deliberations/contract';
import { can } from '../../app/access';
import { api } from '../../app/api';
import { useUser } from '../../app/auth';
import { DownloadButton } from '../registry/DownloadButton';
import type { CaseDetail } from './api';

type Meeting = Omit<MeetingOut, 'items'>;

/**
 * 集体讨论 held as a meeting (the deliberations module): the meetings that had this case on their
 * agenda, with their minutes (集体讨论记录) for the case file. Read through the deliberations API.
 */
export function CaseDeliberationsCard({ detail: c }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const show = can(user.roles, 'deliberation.read') && (c.state === 'collectiveDeliberation' || c.collectiveDeliberationDone);
  const meetings = useQuery({
    enabled: show,
    queryKey: ['deliberations', 'list', { caseId: c.id }],
    queryFn: () => api<{ items: Meeting[] }>('/api/deliberations', { query: { caseId: c.id, pageSize: 20 } }),
  });
  if (!show || !meetings.data?.items.length) return null;
  return (
    <Card title={t('deliberations.meetingsOfCase')} style={{ marginBottom: 16 }} data-testid="case-deliberations">
      <Table<Meeting>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meetings.data.items}
        columns={[
          { title: t('deliberations.heldOn'), dataIndex: 'heldOn', key: 'heldOn', render: (d: string, m) => <Link to={`/deliberations/${m.id}`}>{d}</Link> },
          { title: t('deliberations.state'), dataIndex: 'state', key: 'state', render: (s: Meeting['state']) => t(`deliberations.states.${s}`) },
          { title: t('deliberations.minutesNumber'), dataIndex: 'minutesNumber', key: 'minutesNumber', render: (n: string | null) => n ?? '—' },
          {
            title: t('deliberations.minutes'),
            key: 'minutes',
            render: (_, m) =>
              m.minutesNumber && (
                <Flex gap={8}>
                  {(['pdf', 'docx'] as const).map((format) => (
                    <DownloadButton
                      key={format}
                      size="small"
                      path={`/api/deliberations/${encodeURIComponent(m.id)}/minutes`}
                      query={{ format }}
                      fallbackName={`${t('deliberations.minutes')}.${format}`}
                    >
                      {format.toUpperCase()}
                    </DownloadButton>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
