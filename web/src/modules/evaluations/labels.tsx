import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileState, Grade, RoundState } from '../../../../src/modules/evaluations/codes';

// Tag colours from the set whose text keeps its contrast (no antd 'processing' or 'success').
const ROUND: Record<RoundState, string> = { announced: 'orange', drawn: 'blue', closed: 'green' };
const FILE: Record<FileState, string> = { drawn: 'default', scored: 'blue', notified: 'orange', answered: 'green' };
const GRADE: Record<Grade, string> = { excellent: 'green', pass: 'blue', fail: 'red' };

export function RoundStateTag({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  return <Tag color={ROUND[state]}>{t(`evaluations.roundStates.${state}`)}</Tag>;
}

/** A notified file without a deduction has nothing to correct: it does not read as awaiting corrections. */
export function FileStateTag({ state, defects }: { state: FileState; defects: number }) {
  const { t } = useTranslation();
  if (state === 'notified' && defects === 0) return <Tag color="green">{t('evaluations.notifiedClean')}</Tag>;
  return <Tag color={FILE[state]}>{t(`evaluations.fileStates.${state}`)}</Tag>;
}

export function GradeTag({ grade }: { grade: Grade | null }) {
  const { t } = useTranslation();
  if (!grade) return <>—</>;
  return <Tag color={GRADE[grade]}>{t(`evaluations.grades.${grade}`)}</Tag>;
}
