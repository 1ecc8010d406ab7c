import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../app/format';
import type { DrawDetail } from './api';
import { Digest } from './Digest';
import { beijingText, weightsText } from './labels';

/** What the announcement fixed before the beacon existed, and, once drawn, what was revealed. */
export function DrawInputs({ draw: d }: { draw: DrawDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'announcedAt', label: t('draws.announcedAt'), children: formatDateTime(d.announcedAt) },
        { key: 'enterpriseCount', label: t('draws.enterpriseCount'), children: formatNumber(d.enterpriseCount) },
        { key: 'officerCount', label: t('draws.officerCount'), children: formatNumber(d.officerCount) },
        { key: 'total', label: t('draws.total'), children: formatNumber(d.total) },
        // 差异化抽查: shown when the draw is weighted (an unweighted one has no such parameter).
        ...(d.weights ? [{ key: 'weights', label: t('draws.weights'), children: weightsText(t, d.weights) }] : []),
        { key: 'snapshotDigest', label: t('draws.snapshotDigest'), children: <Digest value={d.snapshotDigest} /> },
        { key: 'paramsDigest', label: t('draws.paramsDigest'), children: <Digest value={d.paramsDigest} /> },
        { key: 'commitment', label: t('draws.commitment'), children: <Digest value={d.commitment} /> },
        { key: 'beacon', label: t('draws.beaconSource'), children: d.beaconSource },
        {
          key: 'beaconExpectedAt',
          label: t('draws.beaconExpectedAt'),
          children: `${beijingText(t, d.beaconExpectedAt)}${d.beaconDateOnly ? t('draws.beaconDateOnly') : ''}`,
        },
        ...(d.beacon ? [{ key: 'beaconValue', label: t('draws.beaconValue'), children: <Digest value={d.beacon} /> }] : []),
        ...(d.seed ? [{ key: 'seed', label: t('draws.seed'), children: <Digest value={d.seed} /> }] : []),
        ...(d.drawnAt ? [{ key: 'drawnAt', label: t('draws.drawnAt'), children: formatDateTime(d.drawnAt) }] : []),
      ]}
    />
  );
}
