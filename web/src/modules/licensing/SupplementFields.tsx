import { Alert, Checkbox, Flex, Form, Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceGuide } from '../../../../src/modules/licensing/guide-contract';

export interface SupplementValues {
  picked: string[];
  problems?: Record<string, string>;
  note?: string;
}

/** The notice's items: each ticked material with what is wrong with it. */
export const supplementItems = (v: SupplementValues) => v.picked.map((code) => ({ materialCode: code, problem: (v.problems?.[code] ?? '').trim() }));

/** 一次性告知补正's form: the guide's materials to tick, a problem for each ticked one, a note. */
export function SupplementFields({ guide }: { guide: ServiceGuide }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<SupplementValues>();
  const picked: string[] = Form.useWatch('picked', form) ?? [];
  const k = 'licensing.applications.actions' as const;
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(`${k}.supplementIntro`)} />
      <Form.Item
        name="picked"
        label={t('licensing.applications.materials.title')}
        rules={[{ required: true, type: 'array', min: 1, message: t(`${k}.pickOne`) }]}
      >
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {guide.materials.map((m) => (
            <Checkbox key={m.code} value={m.code}>
              <Flex gap={4} wrap align="center">
                {m.name}
                <Tag color={m.required ? 'blue' : 'default'}>
                  {t(m.required ? 'licensing.applications.materials.required' : 'licensing.applications.materials.conditional')}
                </Tag>
              </Flex>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      {guide.materials
        .filter((m) => picked.includes(m.code))
        .map((m) => (
          <Form.Item
            key={m.code}
            name={['problems', m.code]}
            label={`${t(`${k}.problem`)}：${m.name}`}
            rules={[{ required: true, whitespace: true, min: 2, max: 300, message: t(`${k}.problemRequired`, { name: m.name }) }]}
          >
            <Input.TextArea rows={2} maxLength={300} />
          </Form.Item>
        ))}
      <Form.Item name="note" label={t(`${k}.note`)} rules={[{ whitespace: true, min: 2, max: 1000 }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </>
  );
}
