import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEASURES } from '../../../../src/modules/catalogue/law/types';
import type { ViolationRow } from './api';
import { FineText, fineString, MeasureTags } from './labels';

export function ViolationInfo({ violation: v }: { violation: ViolationRow }) {
  const { t } = useTranslation();
  const later = v.ifNotCorrected;
  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t('violations.code'), children: v.code },
    { key: 'title', label: t('violations.name'), children: v.title },
    { key: 'breached', label: t('violations.breached'), children: v.breachedCitation ?? t('common.none') },
    { key: 'punishing', label: t('violations.punishing'), children: v.punishingCitation },
    {
      key: 'unitFine',
      label: t('violations.unitFine'),
      children: <FineText range={v.unitFine} formula={v.formula?.party === 'unit'} />,
    },
    {
      key: 'personFine',
      label: t('violations.personFine'),
      children: <FineText range={v.personFine} formula={v.formula?.party === 'person'} />,
    },
    ...(v.personRole ? [{ key: 'personRole', label: t('violations.personRole'), children: v.personRole }] : []),
    ...(v.formula ? [{ key: 'formula', label: t('violations.formula'), children: t(`violations.formulaKinds.${v.formula.kind}`) }] : []),
    {
      key: 'measures',
      label: t('violations.measures'),
      span: 'filled' as const,
      children: v.measureLabels.length ? <MeasureTags labels={v.measureLabels} /> : t('common.none'),
    },
    ...(later
      ? [
          {
            key: 'ifNotCorrected',
            label: t('violations.ifNotCorrected'),
            span: 'filled' as const,
            children: (
              <>
                {(later.unitFine || later.personFine) && (
                  <div style={{ marginBottom: 4 }}>
                    {t('violations.laterFines', { unit: fineString(t, later.unitFine), person: fineString(t, later.personFine) })}
                  </div>
                )}
                {later.measures && <MeasureTags labels={later.measures.map((m) => MEASURES[m])} />}
              </>
            ),
          },
        ]
      : []),
    ...(v.note ? [{ key: 'note', label: t('violations.note'), span: 'filled' as const, children: v.note }] : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
