import { Alert, Button, Card, Descriptions, Empty, Flex, Space, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useHazards, type Hazard } from './api';
import { EnterpriseActionModal, type EnterpriseStep } from './EnterpriseActionModal';
import { HazardDocuments } from './HazardDocuments';
import { EvidencePanel } from './EvidencePanel';
import { GradeTag, HazardStatusTag, OriginTag } from './labels';
import { SelfReportModal } from './SelfReportModal';

/** What the enterprise may still do from each status (rules.ts EVENT_FROM for its two events). */
function stepsFor(h: Hazard): EnterpriseStep[] {
  switch (h.status) {
    case 'open':
      return ['submitFix', 'askExtension'];
    case 'overdue':
      // Past the deadline only the fix itself remains; an extension is asked for in time.
      return ['submitFix'];
    default:
      return [];
  }
}

/** Material may be added until the hazard is closed (evidence.ts uploadHazardEvidence). */
const acceptsEvidence = (h: Hazard) => h.status !== 'closed' && h.status !== 'escalated';

function HazardCard({ h, onStep }: { h: Hazard; onStep: (step: EnterpriseStep) => void }) {
  const { t } = useTranslation();
  const steps = stepsFor(h);
  return (
    <Card
      data-testid={`ent-hazard-${h.id}`}
      title={<span style={{ whiteSpace: 'normal' }}>{h.description}</span>}
      extra={
        <Space size={4} wrap>
          <OriginTag origin={h.origin} />
          <GradeTag grade={h.grade} />
          <HazardStatusTag status={h.status} />
        </Space>
      }
    >
      {h.status === 'overdue' && <Alert type="error" showIcon title={t('inspections.rectify.overdueWarning')} style={{ marginBottom: 12 }} />}
      <Descriptions column={1} size="small" styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('inspections.location')}>{h.location || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.measures')}>{h.measures}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.deadline')}>
          <Typography.Text strong type={h.status === 'overdue' ? 'danger' : undefined} data-testid="ent-deadline">
            {h.deadline}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('inspections.responsiblePerson')}>{h.responsiblePerson}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.foundOn')}>{h.foundOn}</Descriptions.Item>
        {h.rectificationNote && <Descriptions.Item label={t('inspections.rectificationNote')}>{h.rectificationNote}</Descriptions.Item>}
        {h.status === 'extensionRequested' && (
          <Descriptions.Item label={t('inspections.rectify.extensionPending')}>
            {t('inspections.extensionAsked', { until: h.requestedDeadline, reason: h.extensionReason })}
          </Descriptions.Item>
        )}
        {h.reinspectionNote && <Descriptions.Item label={t('inspections.rectify.officerOpinion')}>{h.reinspectionNote}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('inspections.rectify.evidence')}
      </Typography.Title>
      <EvidencePanel hazardId={h.id} editable={acceptsEvidence(h)} />
      <div style={{ marginTop: 12 }}>
        <HazardDocuments hazard={h} />
      </div>
      {steps.length > 0 && (
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          {steps.map((s) => (
            <Button key={s} size="large" type={s === 'submitFix' ? 'primary' : 'default'} onClick={() => onStep(s)}>
              {t(`inspections.rectify.${s}`)}
            </Button>
          ))}
        </Flex>
      )}
      {h.status === 'rectificationSubmitted' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('inspections.rectify.awaitingReinspection')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/**
 * 本企业隐患: what an enterprise user lands on. Only the enterprise's hazards still to be dealt
 * with (the server scopes the list to user_account.enterprise_id); one card each, for a phone.
 * The enterprise also reports the hazards it finds itself here (企业自查自纠, SelfReportModal).
 */
export function EnterpriseHazardsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useHazards({});
  const [acting, setActing] = useState<{ hazard: Hazard; step: EnterpriseStep } | null>(null);
  const [reporting, setReporting] = useState(false);
  const open = (list.data ?? []).filter((h) => h.status !== 'closed');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('inspections.rectify.title')}</PageTitle>
        <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setReporting(true)} data-testid="self-report">
          {t('inspections.selfReport.button')}
        </Button>
      </Flex>
      <Typography.Paragraph>
        {t('workbench.greeting', { name: user.displayName })}
        <br />
        <Typography.Text type="secondary">{t('workbench.org', { org: user.orgName })}</Typography.Text>
      </Typography.Paragraph>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending ? (
        <Spin />
      ) : open.length === 0 ? (
        <Card>
          <Empty description={t('inspections.rectify.none')} />
        </Card>
      ) : (
        <Flex vertical gap={16} data-testid="ent-hazards">
          {open.map((h) => (
            <HazardCard key={h.id} h={h} onStep={(step) => setActing({ hazard: h, step })} />
          ))}
        </Flex>
      )}
      {reporting && <SelfReportModal onClose={() => setReporting(false)} />}
      {acting && <EnterpriseActionModal hazard={acting.hazard} step={acting.step} onClose={() => setActing(null)} />}
    </>
  );
}
