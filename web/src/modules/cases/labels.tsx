import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENDED_STATES, type CaseState } from '../../../../src/modules/cases/workflow/machine';
import type { PenaltyCase } from './api';

/** State names are the law's own terms (workflow.ts), the same in both languages. */
export function CaseStateTag({ state, name }: { state: string; name: string }) {
  const color = ENDED_STATES.includes(state as CaseState) ? 'default' : state === 'overdue' ? 'red' : state.includes('Review') ? 'purple' : 'blue';
  return <Tag color={color}>{name}</Tag>;
}

/** Due date with days left: red when the authority is late, orange within three days. */
export function DeadlineTag({ deadline }: { deadline: PenaltyCase['nextDeadline'] }) {
  const { t } = useTranslation();
  if (!deadline) return <span>—</span>;
  const color = deadline.overdue ? 'red' : deadline.daysLeft <= 3 ? 'orange' : 'green';
  const left =
    deadline.daysLeft < 0
      ? t('cases.daysPast', { count: -deadline.daysLeft })
      : t('cases.daysLeft', { count: deadline.daysLeft, workdays: deadline.workdaysLeft });
  return (
    <Tooltip title={deadline.article}>
      {/* A tag does not wrap by default; this one is a sentence and must fit a phone's width (WCAG 1.4.10). */}
      <Tag color={color} style={{ whiteSpace: 'normal' }}>
        {deadline.name} {deadline.dueOn}（{left}）
      </Tag>
    </Tooltip>
  );
}
