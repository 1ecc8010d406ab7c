import { useQuery } from '@tanstack/react-query';
import { Card, List, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { licensingAgendaOut } from '../../../../src/modules/licensing/contract';
import { api, errorText } from '../../app/api';
import { ApplicationStateTag, ClockCell } from './labels';

type Agenda = z.infer<typeof licensingAgendaOut>;

/** The workbench's applications whose period (受理, 审查决定, 发证) ends within 3 working days, has passed, or is paused. */
export function LicensingAgendaCard() {
  const { t } = useTranslation();
  const agenda = useQuery({ queryKey: ['licensing', 'agenda'], queryFn: () => api<Agenda>('/api/licensing/agenda') });
  return (
    <Card title={t('licensing.agenda.title')} loading={agenda.isLoading} data-testid="licensing-agenda-card">
      {agenda.error != null ? (
        <Typography.Text type="danger">{errorText(agenda.error)}</Typography.Text>
      ) : (
        <List
          // A card stays a card: a long list pages (the demo's registry alone brings hundreds of licences).
          pagination={{ pageSize: 6, size: 'small', hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          size="small"
          // antd's own empty text is too pale (1.8:1); secondary text keeps 4.5:1.
          locale={{ emptyText: <Typography.Text type="secondary">{t('licensing.agenda.empty')}</Typography.Text> }}
          dataSource={agenda.data?.items ?? []}
          renderItem={(i) => (
            <List.Item key={i.id}>
              <List.Item.Meta
                title={<Link to={`/licensing/applications/${i.id}`}>{`${i.applicationNo} ${i.enterpriseName}`}</Link>}
                description={
                  <>
                    {i.matterName} · <ApplicationStateTag state={i.state} />
                  </>
                }
              />
              <Tooltip title={i.clock.basis}>
                <span>
                  <ClockCell clock={i.clock} />
                </span>
              </Tooltip>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
