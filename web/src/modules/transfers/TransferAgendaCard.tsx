import { Card, List, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../app/api';
import { useTransferAgenda } from './api';
import { PeriodTag, TransferStateTag } from './labels';

/** The workbench's transfers whose period runs (移送, 立案审查, 提请监督, 移交), the earliest due first. */
export function TransferAgendaCard() {
  const { t } = useTranslation();
  const agenda = useTransferAgenda();
  return (
    <Card title={t('transfers.agenda.title')} loading={agenda.isLoading} data-testid="transfer-agenda-card">
      {agenda.error != null ? (
        <Typography.Text type="danger">{errorText(agenda.error)}</Typography.Text>
      ) : (
        <List
          size="small"
          locale={{ emptyText: <Typography.Text type="secondary">{t('transfers.agenda.empty')}</Typography.Text> }}
          dataSource={agenda.data?.items ?? []}
          renderItem={(i) => (
            <List.Item key={i.id}>
              <List.Item.Meta
                title={<Link to={`/transfers/${i.id}`}>{i.partyName}</Link>}
                description={
                  <>
                    {i.orgName} · <TransferStateTag state={i.state} />
                  </>
                }
              />
              <Tooltip title={i.period?.article}>
                <span>
                  <PeriodTag period={i.period} />
                </span>
              </Tooltip>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
