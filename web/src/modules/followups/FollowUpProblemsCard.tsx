import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../app/api';
import { useFollowUps } from './api';

const QUERY = { state: 'attention', sort: 'answeredOn', order: 'asc', pageSize: 5 };

/** The legal office's workbench: follow-ups where the enterprise was unhappy or raised a problem, oldest first. */
export function FollowUpProblemsCard() {
  const { t } = useTranslation();
  const problems = useFollowUps(QUERY);
  const total = problems.data?.total ?? 0;
  return (
    <Card
      title={t('followups.card.title')}
      loading={problems.isLoading}
      extra={total > 0 && <Link to="/followups?state=attention">{t('followups.card.all', { total })}</Link>}
      data-testid="followup-problems-card"
    >
      {problems.error != null ? (
        <Typography.Text type="danger">{errorText(problems.error)}</Typography.Text>
      ) : (
        <List
          size="small"
          // antd's own empty text is too pale (1.8:1); secondary text keeps 4.5:1.
          locale={{ emptyText: <Typography.Text type="secondary">{t('followups.card.empty')}</Typography.Text> }}
          dataSource={problems.data?.items ?? []}
          renderItem={(f) => (
            <List.Item key={f.id}>
              <List.Item.Meta title={<Link to={`/followups/${f.id}`}>{f.enterpriseName}</Link>} description={`${f.subjectTitle} · ${f.answeredOn ?? ''}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
