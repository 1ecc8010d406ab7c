import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../app/api';
import { useFollowUpAgenda } from './api';

/** The workbench's follow-ups due within 3 working days or late, soonest first (GET /api/followups/agenda). */
export function FollowUpAgendaCard() {
  const { t } = useTranslation();
  const agenda = useFollowUpAgenda();
  return (
    <Card
      title={t('followups.agenda.title')}
      loading={agenda.isLoading}
      extra={<Link to="/followups?state=due&sort=dueOn&order=asc">{t('followups.agenda.all')}</Link>}
      data-testid="followup-agenda-card"
    >
      {agenda.error != null ? (
        <Typography.Text type="danger">{errorText(agenda.error)}</Typography.Text>
      ) : (
        <List
          // A card stays a card: a long list pages (the demo's registry alone brings hundreds of licences).
          pagination={{ pageSize: 6, size: 'small', hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          size="small"
          // antd's own empty text is too pale (1.8:1); secondary text keeps 4.5:1.
          locale={{ emptyText: <Typography.Text type="secondary">{t('followups.agenda.empty')}</Typography.Text> }}
          dataSource={agenda.data?.items ?? []}
          renderItem={(f) => (
            <List.Item key={f.id}>
              <List.Item.Meta
                title={<Link to={`/followups/${f.id}`}>{f.enterpriseName}</Link>}
                description={`${t(`followups.subjectKinds.${f.subjectKind}`)} · ${f.subjectTitle} · ${f.orgName}`}
              />
              {f.late ? (
                <Tag color="error">{t('followups.agenda.late', { dueOn: f.dueOn })}</Tag>
              ) : f.dueOn === agenda.data?.today ? (
                <Tag color="warning">{t('followups.agenda.today')}</Tag>
              ) : (
                <Tag color="processing">{t('followups.agenda.due', { n: f.workdaysLeft, dueOn: f.dueOn })}</Tag>
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
