import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
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
