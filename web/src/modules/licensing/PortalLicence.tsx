import { Alert, Button, Card, Flex, Result, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { verifyLicenceBundle } from '../../../../src/modules/licensing/licence-content';
import { ApiError } from '../../app/api';
import { ErrorAlert } from '../../app/feedback';
import { PublicTitle } from '../../portal/PortalLayout';
import { publicLicenceUrl, usePublicLicence } from './api';
import { LicenceFields } from './LicenceFields';
import { LicenceStateTag } from './LicenceTag';

/**
 * 电子证照核验, the page a certificate's QR code opens: the licence's standing today from the server,
 * and the SM2 signature over its content checked here in the browser (licence-content.ts), so a
 * forged page or copy shows as such without trusting anyone's word.
 */
export function PortalLicence() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePublicLicence(id);
  const b = query.data;
  const verdict = useMemo(() => (b ? verifyLicenceBundle(b) : null), [b]);
  const k = 'licensing.licences' as const;
  if (query.isError)
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <Result status="404" title={t(`${k}.portal.notFound`)} />
    ) : (
      <ErrorAlert error={query.error} />
    );
  if (!b || !verdict) return <Spin />;
  const valid = b.status.state === 'valid';
  return (
    <>
      <PublicTitle>{t(`${k}.portal.title`)}</PublicTitle>
      <Typography.Paragraph type="secondary">{t(`${k}.portal.intro`)}</Typography.Paragraph>
      <Card>
        <Flex vertical gap={12}>
          <Alert
            type={verdict.signatureOk ? 'success' : 'error'}
            showIcon
            data-testid="licence-signature"
            title={t(verdict.signatureOk ? `${k}.portal.signatureOk` : `${k}.portal.signatureBad`)}
            description={`${t(`${k}.keyId`)}：${b.keyId}`}
          />
          <Alert
            type={valid ? 'success' : 'error'}
            showIcon
            data-testid="licence-standing"
            title={
              <Flex gap={8} align="center" wrap>
                {t(`${k}.portal.status`, { date: b.status.asOf })}
                <LicenceStateTag state={b.status.state} />
              </Flex>
            }
            description={
              valid
                ? undefined
                : `${t(`${k}.portal.notValid`)}${b.status.endedOn ? `：${t(`${k}.endedText`, { date: b.status.endedOn, reason: b.status.endReason ?? '' })}${b.status.endDecisionNo ? t(`${k}.decisionNo`, { no: b.status.endDecisionNo }) : ''}` : ''}`
            }
          />
          {b.status.successorNo && <Alert type="info" showIcon data-testid="licence-successor" title={t(`${k}.successorAny`, { no: b.status.successorNo })} />}
          <LicenceFields content={b.content} />
          <Flex gap={8} align="center" wrap>
            <Button href={publicLicenceUrl(id)} download={`licence-${id}.json`}>
              {t(`${k}.portal.download`)}
            </Button>
            <Typography.Text type="secondary">{t(`${k}.portal.cli`)}</Typography.Text>
          </Flex>
        </Flex>
      </Card>
    </>
  );
}
