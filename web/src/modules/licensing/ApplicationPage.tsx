import { Alert, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { type ApplicationDetail, useApplication, useGuide } from './api';
import { ApplicationActions } from './ApplicationActions';
import { ApplicationInstruments } from './ApplicationInstruments';
import { ApplicationMaterials } from './ApplicationMaterials';
import { ApplicationStateTag, ClockLeft, PauseTag } from './labels';
import { ListedApplicantAlert } from '../credit/ListedApplicantAlert';

/** The period now running: its label, last day and working days left, or the pause (第四十五条). */
function ClockAlert({ clock }: { clock: NonNullable<ApplicationDetail['clock']> }) {
  const { t } = useTranslation();
  const late = clock.workdaysLeft !== null && clock.workdaysLeft < 0;
  return (
    <Alert
      type={clock.paused ? 'warning' : late ? 'error' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="application-clock"
      title={
        <Flex gap={8} wrap>
          <Typography.Text strong>{clock.label}</Typography.Text>
          {clock.dueOn && <span>{t('licensing.applications.dueOn', { date: clock.dueOn })}</span>}
          <ClockLeft clock={clock} />
        </Flex>
      }
      description={
        <>
          {clock.paused && <div>{t('licensing.applications.pausedNote')}</div>}
          <Typography.Text type="secondary">{t('licensing.applications.basis', { basis: clock.basis })}</Typography.Text>
        </>
      }
    />
  );
}

/** 暂停计时 and 补正告知: what stopped the clock and what was asked of the applicant, in order. */
function HistoryCard({ a, names }: { a: ApplicationDetail; names: Map<string, string> }) {
  const { t } = useTranslation();
  const k = 'licensing.applications.detail' as const;
  if (!a.pauses.length && !a.supplementNotices.length) return null;
  return (
    <Card style={{ marginTop: 16 }}>
      {a.pauses.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
            {t(`${k}.pauses`)}
          </Typography.Title>
          <ul style={{ paddingInlineStart: 20 }} data-testid="application-pauses">
            {a.pauses.map((p) => (
              <li key={p.from}>
                <PauseTag kind={p.kind} /> {p.from} – {p.to ?? t(`${k}.ongoing`)}：{p.note}
              </li>
            ))}
          </ul>
        </>
      )}
      {a.supplementNotices.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
            {t(`${k}.notices`)}
          </Typography.Title>
          <ul style={{ paddingInlineStart: 20, marginBottom: 0 }} data-testid="application-notices">
            {a.supplementNotices.map((n) => (
              <li key={n.issuedOn + n.items.map((i) => i.materialCode).join()}>
                {t(`${k}.noticeIssued`, { date: n.issuedOn })}（{n.answeredOn ? t(`${k}.noticeAnswered`, { date: n.answeredOn }) : t(`${k}.noticeOpen`)}）
                <ul style={{ paddingInlineStart: 20 }}>
                  {n.items.map((i) => (
                    <li key={i.materialCode}>
                      {names.get(i.materialCode) ?? i.materialCode}：{i.problem}
                    </li>
                  ))}
                  {n.note && <li>{t(`${k}.noticeNote`, { note: n.note })}</li>}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useApplication(id);
  const a = query.data;
  const guide = useGuide(a?.matterCode ?? '');
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (guide.isError) return <ErrorAlert error={guide.error} />;
  if (!a || !guide.data) return <Spin />;
  const k = 'licensing.applications.detail' as const;
  const names = new Map(guide.data.materials.map((m) => [m.code, m.name]));
  const text = (v: string) => <div style={{ whiteSpace: 'pre-wrap' }}>{v}</div>;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {t('licensing.applications.title')} {a.applicationNo} <ApplicationStateTag state={a.state} />
        </PageTitle>
        <ApplicationActions application={a} guide={guide.data} />
      </Flex>
      {a.clock && <ClockAlert clock={a.clock} />}
      <ListedApplicantAlert enterpriseId={a.enterpriseId} />
      {a.licence && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="application-licence"
          title={
            <Flex gap={12} wrap>
              {t('licensing.licences.issuedAlert', { no: a.licence.licenceNo })}
              <Link to={`/licensing/licences/${a.licence.id}`}>{t('licensing.licences.viewLicence')}</Link>
            </Flex>
          }
        />
      )}
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('licensing.applications.matter')}>
            <Link to={`/portal/licensing/${a.matterCode}`}>{a.matterName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('licensing.applications.channel')}>{t(`licensing.applications.channels.${a.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('licensing.applications.kind')}>
            {t(`licensing.applications.kinds.${a.kind}`)}
            {a.priorLicence && (
              <>
                {'：'}
                <Link to={`/licensing/licences/${a.priorLicence.id}`}>{a.priorLicence.licenceNo}</Link>
                {`（${t('licensing.applications.priorValidTo', { date: a.priorLicence.validTo })}）`}
              </>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('licensing.applications.enterprise')}>{a.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t(`${k}.issuer`)}>{a.orgName}</Descriptions.Item>
          <Descriptions.Item label={t(`${k}.scope`)} span={2}>
            {text(a.scope)}
          </Descriptions.Item>
          <Descriptions.Item label={t(`${k}.contact`)}>
            {a.contactName} {a.contactPhone}
          </Descriptions.Item>
          <Descriptions.Item label={t(`${k}.createdAt`)}>{formatDateTime(a.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t(`${k}.submittedAt`)}>{a.submittedAt ? formatDateTime(a.submittedAt) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('licensing.applications.receivedOn')}>{a.receivedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t(`${k}.acceptedOn`)}>
            {a.acceptedOn ?? '—'}
            {a.deemedAccepted && t(`${k}.deemedAccepted`)}
          </Descriptions.Item>
          {a.refusalReason && (
            <Descriptions.Item label={t(`${k}.refusalReason`)} span={2}>
              {text(a.refusalReason)}
            </Descriptions.Item>
          )}
          {a.extensionDays > 0 && (
            <Descriptions.Item label={t(`${k}.extension`)} span={2}>
              {t(`${k}.extensionText`, { days: a.extensionDays, reason: a.extensionReason ?? '' })}
            </Descriptions.Item>
          )}
          {a.decidedOn && <Descriptions.Item label={t(`${k}.decidedOn`)}>{a.decidedOn}</Descriptions.Item>}
          {a.decisionReason && (
            <Descriptions.Item label={t(`${k}.decisionReason`)} span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }} data-testid="decision-reason">
                {a.decisionReason}
              </div>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <ApplicationMaterials application={a} guide={guide.data} />
      <HistoryCard a={a} names={names} />
      {a.state !== 'draft' && <ApplicationInstruments application={a} />}
    </>
  );
}
