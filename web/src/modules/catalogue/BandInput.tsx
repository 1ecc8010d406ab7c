import { Flex, InputNumber, Typography } from 'antd';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FineRange } from '../../../../src/modules/catalogue/law/types';
import { formatFineRange } from '../../app/format';

export type BandValue = Partial<FineRange>;

interface Props {
  id?: string;
  value?: BandValue;
  onChange?: (value: BandValue) => void;
  /** Names the two boxes for screen readers, e.g. "较重 单位罚款幅度". */
  label: string;
}

const MAX_YUAN = 100_000_000;

/** A fine band in whole yuan, min and max, with the range read back as a benchmark writes it. */
export function BandInput({ id, value = {}, onChange, label }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof FineRange) => (n: number | null) => onChange?.({ ...value, [key]: n ?? undefined });
  const complete = value.min !== undefined && value.max !== undefined && value.min <= value.max;
  return (
    <Flex align="center" gap={8} wrap>
      <InputNumber
        id={id}
        min={0}
        max={MAX_YUAN}
        precision={0}
        step={100}
        value={value.min}
        onChange={set('min')}
        placeholder={t('benchmarkForm.min')}
        aria-label={`${label} ${t('benchmarkForm.min')}`}
        style={{ width: 150 }}
      />
      <span aria-hidden>~</span>
      <InputNumber
        min={0}
        max={MAX_YUAN}
        precision={0}
        step={100}
        value={value.max}
        onChange={set('max')}
        placeholder={t('benchmarkForm.max')}
        aria-label={`${label} ${t('benchmarkForm.max')}`}
        style={{ width: 150 }}
      />
      {complete && <Typography.Text type="secondary">{formatFineRange(value as FineRange)}</Typography.Text>}
    </Flex>
  );
}

export function bandRules(t: TFunction): FormRule[] {
  return [
    {
      validator: (_, v: BandValue | undefined) => {
        if (v?.min === undefined || v.max === undefined) return Promise.reject(new Error(t('benchmarkForm.amountRequired')));
        return v.min <= v.max ? Promise.resolve() : Promise.reject(new Error(t('benchmarkForm.minAboveMax')));
      },
    },
  ];
}
