import { Alert, Card, Descriptions, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QUESTIONS } from '../../../../src/modules/followups/codes';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { DownloadButton } from '../registry/DownloadButton';
import { type FollowUp, followUpUrl, useFollowUp } from './api';
import { AnswerForm, RecordForm, ResolveForm } from './FollowUpForms';
import { FollowUpStateTag, RatingTag } from './labels';

/** One follow-up: what it is about, the answers, and the step the reader may take — record, answer or resolve. */
export function FollowUpPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useFollowUp(id);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const f = query.data;
  if (!f) return <Spin />;
  const enterpriseUser = user.roles.includes('enterpriseUser');
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {t('followups.title')} <FollowUpStateTag state={f.state} />
        </PageTitle>
        {f.state !== 'due' && (
          <Flex gap={8} wrap>
            {(['docx', 'pdf'] as const).map((format) => (
              <DownloadButton
                key={format}
                path={`${followUpUrl(f.id)}/instrument`}
                query={{ format }}
                fallbackName={`${t('followups.recordForm')}.${format}`}
                data-testid={`followup-record-form-${format}`}
              >
                {`${t('followups.download')}${t('followups.recordForm')} ${format.toUpperCase()}`}
              </DownloadButton>
            ))}
          </Flex>
        )}
      </Flex>
      {f.state === 'attention' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('followups.attentionAlert')} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('followups.subjectKind')}>{t(`followups.subjectKinds.${f.subjectKind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('followups.subject')}>{f.subjectTitle}</Descriptions.Item>
          <Descriptions.Item label={t('followups.enterprise')}>{f.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('followups.org')}>{f.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('followups.subjectOn')}>{f.subjectOn}</Descriptions.Item>
          <Descriptions.Item label={t('followups.dueOn')}>{f.dueOn}</Descriptions.Item>
          {!enterpriseUser && <Descriptions.Item label={t('followups.basis')}>{f.basis}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {f.state !== 'due' && <Answers f={f} />}
      {f.state === 'due' && can(user.roles, 'followUp.answer') && <AnswerForm f={f} />}
      {f.state === 'due' && can(user.roles, 'followUp.record') && <RecordForm f={f} />}
      {f.state === 'attention' && can(user.roles, 'followUp.resolve') && <ResolveForm f={f} />}
    </>
  );
}

function Answers({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  return (
    <Card title={t('followups.outcome')} style={{ marginBottom: 16 }} data-testid="followup-answers">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('followups.channel')}>{f.channel ? t(`followups.channels.${f.channel}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('followups.answeredOn')}>{f.answeredOn ?? '—'}</Descriptions.Item>
        {f.respondent && <Descriptions.Item label={t('followups.respondent')}>{f.respondent}</Descriptions.Item>}
        {f.answeredOn &&
          QUESTIONS.map((q) => (
            <Descriptions.Item key={q} label={t(`followups.questions.${q}`)}>
              <RatingTag rating={f[q]} />
            </Descriptions.Item>
          ))}
        {f.problems && (
          <Descriptions.Item label={t('followups.problems')} span={2}>
            {f.problems}
          </Descriptions.Item>
        )}
        {f.note && (
          <Descriptions.Item label={t('followups.note')} span={2}>
            {f.note}
          </Descriptions.Item>
        )}
        {f.resolution && (
          <>
            <Descriptions.Item label={t('followups.resolution')} span={2}>
              {f.resolution}
            </Descriptions.Item>
            <Descriptions.Item label={t('followups.resolvedOn')}>{f.resolvedOn}</Descriptions.Item>
          </>
        )}
      </Descriptions>
    </Card>
  );
}
