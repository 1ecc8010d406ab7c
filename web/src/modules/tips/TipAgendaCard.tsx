import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag, Tooltip, Typography } from 'antd';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { tipAgendaOut } from '../../../../src/modules/tips/contract';
import { api, errorText } from '../../app/api';
import { TipStateTag } from './labels';

type Agenda = z.infer<typeof tipAgendaOut>;

/** The workbench's tips whose period (告知是否受理, 办结并答复) ends within 7 days or has passed, late first. */
export function TipAgendaCard() {
  const { t } = useTranslation();
  const agenda = useQuery({ queryKey: ['tips', 'agenda'], queryFn: () => api<Agenda>('/api/tips/agenda') });
  return (
    <Card title={t('tips.agenda.title')} loading={agenda.isLoading} data-testid="tip-agenda-card">
      {agenda.error != null ? (
        <Typography.Text type="danger">{errorText(agenda.error)}</Typography.Text>
      ) : (
        <List
          size="small"
          // antd's own empty text is too pale (1.8:1); secondary text keeps 4.5:1.
          locale={{ emptyText: <Typography.Text type="secondary">{t('tips.agenda.empty')}</Typography.Text> }}
          dataSource={agenda.data?.items ?? []}
          renderItem={(i) => (
            <List.Item key={i.id}>
              <List.Item.Meta
                title={<Link to={`/tips/${i.id}`}>{`${i.receipt} ${i.subjectName}`}</Link>}
                description={
                  <>
                    {i.orgName} · <TipStateTag state={i.state} />
                  </>
                }
              />
              <Tooltip title={i.deadline.basis}>
                <Tag color={i.deadline.daysLeft < 0 ? 'red' : 'orange'}>
                  {i.deadline.daysLeft < 0
                    ? t('tips.agenda.late', { label: i.deadline.label, on: i.deadline.dueOn, days: -i.deadline.daysLeft })
                    : t('tips.agenda.due', { label: i.deadline.label, on: i.deadline.dueOn, days: i.deadline.daysLeft })}
                </Tag>
              </Tooltip>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
