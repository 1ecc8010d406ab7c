import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Conclusion, MeetingState, Vote } from '../../../../src/modules/deliberations/codes';

// Tag colours from the set whose text keeps its contrast (no antd 'processing' or 'success').
const STATE_COLOURS: Record<MeetingState, string> = { open: 'orange', closed: 'green' };
const VOTE_COLOURS: Record<Vote, string> = { agree: 'green', disagree: 'red', abstain: 'default', recused: 'blue' };

export function MeetingStateTag({ state }: { state: MeetingState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOURS[state]}>{t(`deliberations.states.${state}`)}</Tag>;
}

export function VoteTag({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  return <Tag color={VOTE_COLOURS[vote]}>{t(`deliberations.votes.${vote}`)}</Tag>;
}

export function ConclusionTag({ conclusion }: { conclusion: Conclusion | null }) {
  const { t } = useTranslation();
  if (!conclusion) return <Tag>{t('deliberations.pending')}</Tag>;
  return <Tag color="blue">{t(`deliberations.conclusions.${conclusion}`)}</Tag>;
}
