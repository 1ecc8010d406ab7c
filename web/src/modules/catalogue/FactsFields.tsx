import { Checkbox, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Facts } from './api';

type FactKey = Exclude<keyof Facts, 'harmCaused'>;

// Grouped as 行政处罚法 treats them: the basic findings (第三十三条), the aggravating ones, and the
// 从轻、减轻 ones of 第三十二条第一项至第四项.
export const FACT_GROUPS = {
  basic: ['minorInNature', 'firstOffence', 'correctedPromptly'],
  aggravating: ['repeatOffence', 'obstruction', 'refusedToCorrect'],
  mitigating: ['activelyReducedHarm', 'coerced', 'confessed', 'cooperatedWithMerit'],
} as const satisfies Record<string, readonly FactKey[]>;

const HARM_LEVELS = ['none', 'slight', 'harmful', 'serious'] as const satisfies readonly Facts['harmCaused'][];

export interface FactValues {
  basic: FactKey[];
  aggravating: FactKey[];
  mitigating: FactKey[];
  harmCaused: Facts['harmCaused'];
}

export const NO_FACTS: FactValues = { basic: [], aggravating: [], mitigating: [], harmCaused: 'none' };

export function toFacts(values: FactValues): Facts {
  const ticked = new Set<FactKey>([...values.basic, ...values.aggravating, ...values.mitigating]);
  const all = Object.values(FACT_GROUPS).flat();
  return { ...Object.fromEntries(all.map((k) => [k, ticked.has(k)])), harmCaused: values.harmCaused } as Facts;
}

/** The facts of the case as the calculator weighs them; names sit under `facts` in the form. */
export function FactsFields() {
  const { t } = useTranslation();
  const options = (keys: readonly FactKey[]) => keys.map((k) => ({ value: k, label: t(`calculator.facts.${k}`) }));
  return (
    <>
      <Form.Item name={['facts', 'basic']} label={t('calculator.circumstances')}>
        <Checkbox.Group options={options(FACT_GROUPS.basic)} />
      </Form.Item>
      <Form.Item name={['facts', 'harmCaused']} label={t('calculator.harm')}>
        <Radio.Group options={HARM_LEVELS.map((h) => ({ value: h, label: t(`calculator.harmLevels.${h}`) }))} />
      </Form.Item>
      <Form.Item name={['facts', 'aggravating']} label={t('calculator.aggravating')}>
        <Checkbox.Group options={options(FACT_GROUPS.aggravating)} />
      </Form.Item>
      <Form.Item name={['facts', 'mitigating']} label={t('calculator.mitigating')}>
        <Checkbox.Group options={options(FACT_GROUPS.mitigating)} />
      </Form.Item>
    </>
  );
}
