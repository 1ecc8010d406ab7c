import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpState, Rating } from '../../../../src/modules/followups/codes';

// Tag colours from the set whose text keeps its contrast (no antd 'processing' or 'success').
const COLOURS: Record<FollowUpState, string> = {
  due: 'orange',
  done: 'green',
  attention: 'red',
  resolved: 'blue',
  unreachable: 'default',
  declined: 'default',
};
const RATING_COLOURS: Record<Rating, string> = { satisfied: 'green', basicallySatisfied: 'blue', dissatisfied: 'red' };

export function FollowUpStateTag({ state }: { state: FollowUpState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]}>{t(`followups.states.${state}`)}</Tag>;
}

export function RatingTag({ rating }: { rating: Rating | null }) {
  const { t } = useTranslation();
  if (!rating) return <>—</>;
  return <Tag color={RATING_COLOURS[rating]}>{t(`followups.ratings.${rating}`)}</Tag>;
}
