import { Card, Descriptions, Space, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../app/feedback';
import { formatDateTime } from '../app/format';
import { disclosureUrl, proofUrl, useDisclosure, useProof } from './api';
import { PublicTitle, SectionTitle } from './PortalLayout';
import { CopyCheck, ProofPanel } from './ProofPanel';

/** One published decision or result: its redacted text as recorded, and the means to check it. */
export function DisclosurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useDisclosure(id);
  const proof = useProof(id);
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <Spin />;
  const d = detail.data;
  const doc = d.document;
  return (
    <>
      <Link to="/portal/disclosures">{t('portal.posterior.back')}</Link>
      <PublicTitle>
        {d.title} <Tag>{t(`portal.kinds.${d.kind}`)}</Tag>
      </PublicTitle>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'org', label: t('portal.posterior.org'), children: d.orgName },
            { key: 'enterprise', label: t('portal.posterior.enterpriseName'), children: d.enterpriseName },
            { key: 'uscc', label: t('portal.posterior.uscc'), children: d.uscc ?? '—' },
            { key: 'region', label: t('portal.posterior.region'), children: d.regionCode ?? '—' },
            { key: 'decidedOn', label: t('portal.posterior.decidedOn'), children: d.decidedOn },
            { key: 'publishedAt', label: t('portal.posterior.publishedAt'), children: formatDateTime(d.publishedAt) },
            { key: 'dueOn', label: t('portal.posterior.dueOn'), children: d.dueOn },
            { key: 'termEndsOn', label: t('portal.posterior.termEndsOn'), children: d.termEndsOn ?? '—' },
            ...doc.fields.map((f, i) => ({ key: `f${i}`, label: f.label, children: f.value })),
          ]}
        />
      </Card>
      <Card title={<SectionTitle>{t('portal.posterior.text')}</SectionTitle>} style={{ marginTop: 16 }}>
        <div data-testid="disclosure-text" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', lineHeight: 1.8 }}>
          {doc.text}
        </div>
        <p style={{ marginBottom: 0, marginTop: 12 }}>{t('portal.posterior.redactionNote')}</p>
        <Space wrap style={{ marginTop: 12 }}>
          <a href={disclosureUrl(d.id)} download={`disclosure-${d.id}.json`}>
            {t('portal.posterior.downloadJson')}
          </a>
          <a href={proofUrl(d.id)} download={`disclosure-${d.id}-proof.json`}>
            {t('portal.posterior.downloadProof')}
          </a>
        </Space>
      </Card>
      {proof.isError && <ErrorAlert error={proof.error} />}
      {proof.data ? (
        <>
          <ProofPanel proof={proof.data} document={doc} />
          <CopyCheck proof={proof.data} />
        </>
      ) : (
        !proof.isError && <Spin />
      )}
    </>
  );
}
