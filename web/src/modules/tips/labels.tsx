import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TipState } from '../../../../src/modules/tips/contract';

const COLOURS: Record<TipState, string> = { received: 'blue', accepted: 'green', declined: 'default' };

export function TipStateTag({ state }: { state: TipState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]}>{t(`tips.states.${state}`)}</Tag>;
}
