import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExposureKind, ExposureState, SummonsState } from '../../../../src/modules/exposures/codes';

// Tag colours from the set whose text keeps its contrast (no antd 'processing' or 'success').
const STATE_COLOURS: Record<ExposureState, string> = { draft: 'orange', published: 'green', withdrawn: 'default' };
const KIND_COLOURS: Record<ExposureKind, string> = { exposure: 'red', typicalCase: 'blue', circular: 'purple' };

export function ExposureStateTag({ state }: { state: ExposureState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOURS[state]}>{t(`exposures.states.${state}`)}</Tag>;
}

export function KindTag({ kind }: { kind: ExposureKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOURS[kind]}>{t(`exposures.kinds.${kind}`)}</Tag>;
}

export function SummonsStateTag({ state }: { state: SummonsState }) {
  const { t } = useTranslation();
  return <Tag color={state === 'recorded' ? 'orange' : 'green'}>{t(`exposures.summonsStates.${state}`)}</Tag>;
}
