import { Button, Card, Flex, Form, Input, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemResult } from './api';

const RESULTS: ItemResult[] = ['compliant', 'hazard', 'notApplicable'];

/** A checklist item as shown: the record holds results only for items already answered. */
export interface ChecklistEntry {
  code: string;
  text: string;
  majorHazardCode?: string;
}

interface Props {
  items: ChecklistEntry[];
  editable: boolean;
  onAddHazard: (item: ChecklistEntry) => void;
}

/** One card per checklist item: the result as large segments (easy to tap), a note, and a hazard from 存在隐患. */
export function ChecklistItems({ items, editable, onAddHazard }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const results = Form.useWatch('items', form) as { result?: ItemResult }[] | undefined;
  if (!items.length) return <Typography.Text type="secondary">{t('inspections.noChecklist')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {items.map((item, n) => (
        <Card key={item.code} size="small" data-testid={`item-${item.code}`}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            <Typography.Text strong>{item.code}</Typography.Text> {item.text}
          </Typography.Paragraph>
          <Form.Item name={['items', n, 'code']} hidden>
            <Input />
          </Form.Item>
          <Form.Item name={['items', n, 'result']} style={{ marginBottom: 8 }}>
            <Segmented<ItemResult> block size="large" disabled={!editable} options={RESULTS.map((r) => ({ value: r, label: t(`inspections.results.${r}`) }))} />
          </Form.Item>
          <Form.Item name={['items', n, 'note']} style={{ marginBottom: 8 }}>
            <Input placeholder={t('inspections.note')} disabled={!editable} />
          </Form.Item>
          {editable && results?.[n]?.result === 'hazard' && (
            <Button size="large" danger onClick={() => onAddHazard(item)} data-testid={`add-hazard-${item.code}`}>
              {t('inspections.addHazard')}
            </Button>
          )}
        </Card>
      ))}
    </Flex>
  );
}
