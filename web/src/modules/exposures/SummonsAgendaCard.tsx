import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../app/api';
import { useSummonsAgenda } from './api';

/** The workbench's summonses whose 整改 follow-up falls within 7 days or has passed, late first. */
export function SummonsAgendaCard() {
  const { t } = useTranslation();
  const agenda = useSummonsAgenda();
  return (
    <Card title={t('exposures.summons.agenda')} loading={agenda.isLoading} data-testid="summons-agenda-card">
      {agenda.error != null ? (
        <Typography.Text type="danger">{errorText(agenda.error)}</Typography.Text>
      ) : (
        <List
          size="small"
          locale={{ emptyText: <Typography.Text type="secondary">{t('exposures.summons.agendaEmpty')}</Typography.Text> }}
          dataSource={(agenda.data?.items ?? []).slice(0, 6)}
          renderItem={(s) => (
            <List.Item key={s.id}>
              <List.Item.Meta
                title={<Link to={`/exposures/summons/${s.id}`}>{`${s.heldOn} ${s.targetName}`}</Link>}
                description={`${s.orgName} · ${t('exposures.summons.followUpOn')} ${s.followUpOn}`}
              />
              <Tag color={s.late ? 'red' : 'orange'}>
                {s.late ? t('exposures.summons.late', { days: -s.daysLeft }) : t('exposures.summons.daysLeft', { days: s.daysLeft })}
              </Tag>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
