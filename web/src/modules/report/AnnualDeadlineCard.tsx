import { Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reportDeadlines } from '../../../../src/modules/report/annual/rules';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { chinaNow, chinaToday } from '../../app/format';
import { AnnualStateTag } from './AnnualReportsPage';
import { useAnnualReports } from './annual-api';

/**
 * The workbench's reminder of the yearly report: which year is due, its state, and the days left
 * to the two deadlines of the 督察工作规定. From January to March it is last year's report.
 */
export function AnnualDeadlineCard() {
  const { t } = useTranslation();
  const user = useUser();
  const now = chinaNow();
  const year = now.month() < 3 ? now.year() - 1 : now.year();
  const list = useAnnualReports({ orgId: user.orgId, year });
  const report = list.data?.find((r) => r.orgId === user.orgId);
  const deadlines = reportDeadlines(year);
  const today = chinaToday();
  const left = (on: string) => dayjs(on).diff(dayjs(today), 'day');
  const line = (on: string, label: string) =>
    left(on) >= 0 ? t('annual.cardLeft', { on, label, days: left(on) }) : t('annual.cardPassed', { on, label, days: -left(on) });
  return (
    <Card title={t('annual.cardTitle', { year })} data-testid="annual-deadline-card">
      {list.isError && <ErrorAlert error={list.error} />}
      <Space direction="vertical" size={4}>
        {report ? (
          <Space wrap>
            <Link to={`/report/annual/${report.id}`}>{report.title}</Link>
            <AnnualStateTag state={report.state} />
          </Space>
        ) : (
          <Typography.Text>
            {t('annual.cardNone', { year })} <Link to="/report/annual">{t('annual.cardStart')}</Link>
          </Typography.Text>
        )}
        {report?.state !== 'approved' && (
          <>
            <Typography.Text type={left(deadlines.report.on) < 0 ? 'danger' : undefined}>{line(deadlines.report.on, deadlines.report.label)}</Typography.Text>
            <Typography.Text type={left(deadlines.publish.on) < 0 ? 'danger' : undefined}>
              {line(deadlines.publish.on, deadlines.publish.label)}
            </Typography.Text>
          </>
        )}
        {report?.publishedOn && (
          <Typography.Text type="success">{t('annual.portalPublished', { org: report.orgName, on: report.publishedOn })}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
