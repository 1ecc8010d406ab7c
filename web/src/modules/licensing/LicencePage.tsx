import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { chinaToday } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { DownloadButton } from '../registry/DownloadButton';
import { licenceUrl, useLicence } from './api';
import { CancelLicenceButton } from './CancelLicenceButton';
import { LicenceFields } from './LicenceFields';
import { LicenceStateTag } from './LicenceTag';

/** One electronic licence: its content, standing, certificate and public check page. */
export function LicencePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const query = useLicence(id);
  const l = query.data;
  const k = 'licensing.licences' as const;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!l) return <Spin />;
  return (
    <>
      <Flex align="center" gap={8} wrap>
        <PageTitle>
          {l.content.matterName} {l.licenceNo}
        </PageTitle>
        <LicenceStateTag state={l.state} />
      </Flex>
      {l.endedOn && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t(`${k}.ended`)}：${t(`${k}.endedText`, { date: l.endedOn, reason: l.endReason ?? '' })}${l.endDecisionNo ? t(`${k}.decisionNo`, { no: l.endDecisionNo }) : ''}`}
        />
      )}
      {l.successorId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="licence-successor"
          title={t(`${k}.successor`, { kind: t(`licensing.applications.kinds.${l.state === 'replaced' ? 'change' : 'renewal'}`) })}
          action={
            <Link to={`/licensing/licences/${l.successorId}`}>
              <Button size="small">{t(`${k}.viewSuccessor`)}</Button>
            </Link>
          }
        />
      )}
      <Card>
        <LicenceFields content={l.content} />
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <DownloadButton type="primary" path={`${licenceUrl(l.id)}/certificate.pdf`} fallbackName={`${l.licenceNo}.pdf`} data-testid="licence-certificate">
            {t(`${k}.certificate`)}
          </DownloadButton>
          <Button href={`/portal/licences/${l.id}`} target="_blank" rel="noopener">
            {t(`${k}.publicPage`)}
          </Button>
          {l.state === 'valid' && !l.successorId && can(user.roles, 'license.apply') && (
            <>
              {l.renewable ? (
                <Link to={`/licensing/apply?kind=renewal&licence=${l.id}`}>
                  <Button>{t(`${k}.renew`)}</Button>
                </Link>
              ) : (
                <Button disabled>{t(`${k}.renew`)}</Button>
              )}
              <Link to={`/licensing/apply?kind=change&licence=${l.id}`}>
                <Button>{t(`${k}.change`)}</Button>
              </Link>
            </>
          )}
          {(l.state === 'valid' || l.state === 'expired') && !user.roles.includes('enterpriseUser') && can(user.roles, 'license.decide') && (
            <CancelLicenceButton licence={l} />
          )}
          {l.applicationId && (
            <Link to={`/licensing/applications/${l.applicationId}`}>
              <Button type="link">{t(`${k}.application`)}</Button>
            </Link>
          )}
        </Flex>
        {l.state === 'valid' && !l.successorId && (
          <Typography.Paragraph type={l.renewable ? 'secondary' : 'warning'} style={{ marginTop: 12, marginBottom: 0 }} data-testid="licence-renew-by">
            {t(l.renewable ? `${k}.renewHint` : chinaToday() > l.renewBy ? `${k}.renewClosed` : `${k}.renewNotYet`, { date: l.renewBy, from: l.renewFrom })}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t(`${k}.keyId`)}：{l.keyId}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
