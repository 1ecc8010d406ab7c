import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListingState } from '../../../../src/modules/credit/codes';

// Tag colours from the set whose text keeps its contrast (no antd 'processing' or 'success').
const COLOURS: Record<ListingState, string> = { proposed: 'orange', noticed: 'gold', listed: 'red', withdrawn: 'default', removed: 'blue' };

export function ListingStateTag({ state }: { state: ListingState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]}>{t(`credit.states.${state}`)}</Tag>;
}
