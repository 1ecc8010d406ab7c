import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignStatus } from '../../../../src/modules/inspections/codes';
import { INDUSTRY_SECTIONS, industryLabel } from '../../../../src/modules/registry/industries';
import type { Hazard, Task } from './api';

const TASK_COLOR: Record<Task['status'], string> = { assigned: 'blue', inProgress: 'orange', completed: 'green', cancelled: 'default' };
const HAZARD_COLOR: Record<Hazard['status'], string> = {
  open: 'blue',
  rectificationSubmitted: 'purple',
  extensionRequested: 'gold',
  overdue: 'red',
  closed: 'green',
  escalated: 'magenta',
};

export function TaskStatusTag({ status }: { status: Task['status'] }) {
  const { t } = useTranslation();
  return <Tag color={TASK_COLOR[status]}>{t(`inspections.taskStatuses.${status}`)}</Tag>;
}

export function HazardStatusTag({ status }: { status: Hazard['status'] }) {
  const { t } = useTranslation();
  return <Tag color={HAZARD_COLOR[status]}>{t(`inspections.hazardStatuses.${status}`)}</Tag>;
}

export function GradeTag({ grade }: { grade: Hazard['grade'] }) {
  const { t } = useTranslation();
  return <Tag color={grade === 'major' ? 'red' : 'default'}>{t(`inspections.grades.${grade}`)}</Tag>;
}

/** 检查发现 or 企业自查: where the hazard came from. */
export function OriginTag({ origin }: { origin: Hazard['origin'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={origin === 'selfReport' ? 'cyan' : 'default'} data-testid={`origin-${origin}`}>
      {t(`inspections.hazardOrigins.${origin}`)}
    </Tag>
  );
}

/** A hazard's description, linked to the record it was found on; a self-report has none. */
export function HazardDescription({ hazard: h }: { hazard: Pick<Hazard, 'recordId' | 'description'> }) {
  return h.recordId ? <Link to={`/inspections/records/${h.recordId}`}>{h.description}</Link> : <span>{h.description}</span>;
}

const CAMPAIGN_COLOR: Record<CampaignStatus, string> = { planned: 'blue', active: 'orange', closed: 'default' };

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <Tag color={CAMPAIGN_COLOR[status]}>{t(`inspections.campaigns.statuses.${status}`)}</Tag>;
}

/** A task's kind in Chinese, with what the kind adds: the tip, the other departments. */
export function taskKindText(t: TFunction, task: Pick<Task, 'source' | 'tipRef' | 'departments'>): string {
  const kind = t(`inspections.sources.${task.source}`);
  if (task.tipRef) return `${kind}（${task.tipRef}）`;
  if (task.departments.length) return `${kind}（${t('inspections.newTask.departmentsShown', { departments: task.departments.join('、') })}）`;
  return kind;
}

/** A campaign's industry: "C 制造业" for a section, "C26 化学原料和化学制品制造业" for a division. */
export const scopeIndustryLabel = (code: string) => (INDUSTRY_SECTIONS[code] ? `${code} ${INDUSTRY_SECTIONS[code].name}` : industryLabel(code));
