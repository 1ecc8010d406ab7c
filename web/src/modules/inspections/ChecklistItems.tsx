import { Alert, App, Button, Card, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemResult } from './api';

/** In the order the record counts them (the instrument's 共检查N项：符合a项、…). */
export const RESULTS: ItemResult[] = ['compliant', 'hazard', 'notApplicable', 'notChecked'];

/** A checklist item as shown: the record holds results only for items already answered. */
export interface ChecklistEntry {
  code: string;
  text: string;
  majorHazardCode?: string;
}

export type ItemValue = { code: string; result?: ItemResult; note?: string };

/** What the officer has answered so far: nothing counts that was not picked. */
export function tallyOf(values: (ItemValue | undefined)[] | undefined, total: number) {
  const answered = (values ?? []).filter((v) => v?.result);
  const counts = Object.fromEntries(RESULTS.map((r) => [r, answered.filter((v) => v?.result === r).length])) as Record<ItemResult, number>;
  return { answered: answered.length, total, counts };
}

interface Props {
  items: ChecklistEntry[];
  editable: boolean;
  onAddHazard: (item: ChecklistEntry) => void;
  /** The server's refusal about the items (field `items`), shown above them. */
  error?: string | null;
}

/**
 * One card per checklist item. No answer is preselected: an item shows 未作答 until the officer
 * picks one of the large buttons (easy to tap), so the record never claims more than was checked.
 */
export function ChecklistItems({ items, editable, onAddHazard, error }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const values = Form.useWatch('items', form) as ItemValue[] | undefined;
  if (!items.length) return <Typography.Text type="secondary">{t('inspections.noChecklist')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      <Tally values={values} total={items.length} editable={editable} />
      {error && <Alert type="error" showIcon role="alert" title={error} data-testid="items-error" />}
      {items.map((item, n) => {
        const result = values?.[n]?.result;
        const reasonMissing = result === 'notChecked' && !values?.[n]?.note?.trim();
        return (
          <Card key={item.code} size="small" data-testid={`item-${item.code}`}>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <Typography.Text strong>{item.code}</Typography.Text> {item.text}
              {!result && (
                <Tag color="orange" style={{ marginInlineStart: 8 }}>
                  {t('inspections.answers.unanswered')}
                </Tag>
              )}
            </Typography.Paragraph>
            <Form.Item name={['items', n, 'code']} hidden>
              <Input />
            </Form.Item>
            {!editable && <Answer result={result} note={values?.[n]?.note} />}
            <Form.Item name={['items', n, 'result']} style={{ marginBottom: 8 }} hidden={!editable}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                size="large"
                disabled={!editable}
                aria-label={`${item.code} ${item.text}`}
                // Four across where there is room, two by two on a phone: each a large target.
                style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))', gap: 4 }}
                options={RESULTS.map((r) => ({ value: r, label: t(`inspections.results.${r}`), style: { textAlign: 'center' } }))}
              />
            </Form.Item>
            <Form.Item
              name={['items', n, 'note']}
              hidden={!editable}
              style={{ marginBottom: 8 }}
              validateStatus={reasonMissing && editable ? 'error' : undefined}
              help={reasonMissing && editable ? t('inspections.answers.reasonRequired') : undefined}
            >
              <Input
                placeholder={result === 'notChecked' ? t('inspections.answers.reason') : t('inspections.note')}
                aria-label={`${item.code} ${result === 'notChecked' ? t('inspections.answers.reason') : t('inspections.note')}`}
                disabled={!editable}
              />
            </Form.Item>
            {editable && result === 'hazard' && (
              <Button size="large" danger onClick={() => onAddHazard(item)} data-testid={`add-hazard-${item.code}`}>
                {t('inspections.addHazard')}
              </Button>
            )}
          </Card>
        );
      })}
    </Flex>
  );
}

const ANSWER_COLOURS: Record<ItemResult, string> = { compliant: 'green', hazard: 'red', notApplicable: 'default', notChecked: 'orange' };

/** A completed record's answer as the instrument states it; 未检查 with its reason. */
function Answer({ result, note }: { result?: ItemResult; note?: string }) {
  const { t } = useTranslation();
  if (!result) return null;
  return (
    <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="item-answer">
      <Tag color={ANSWER_COLOURS[result]}>{t(`inspections.results.${result}`)}</Tag>
      {note && (result === 'notChecked' ? `${t('inspections.answers.reasonShown')}${note}` : note)}
    </Typography.Paragraph>
  );
}

/** 已答 x / 共 n 项 with the count of each answer, and the button that answers the rest 符合 after a confirmation. */
function Tally({ values, total, editable }: { values: ItemValue[] | undefined; total: number; editable: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const form = Form.useFormInstance();
  const { answered, counts } = tallyOf(values, total);
  const open = Array.from({ length: total }, (_, n) => n).filter((n) => !values?.[n]?.result);

  function fillRest() {
    modal.confirm({
      title: t('inspections.answers.fillRestTitle', { count: open.length }),
      content: t('inspections.answers.fillRestContent'),
      okText: t('inspections.answers.fillRestOk'),
      cancelText: t('inspections.answers.cancel'),
      // Only the items still open at the moment of confirming: an answer given meanwhile stays.
      onOk: () => {
        const now = (form.getFieldValue('items') as ItemValue[] | undefined) ?? [];
        form.setFields(open.filter((n) => !now[n]?.result).map((n) => ({ name: ['items', n, 'result'], value: 'compliant' })));
      },
    });
  }

  return (
    <Flex wrap gap={8} align="center" justify="space-between" data-testid="checklist-tally">
      <div>
        <Typography.Text strong>{t('inspections.answers.tally', { answered, total })}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {t('inspections.answers.counts', counts)}
        </Typography.Text>
      </div>
      {editable && (
        <Button size="large" disabled={!open.length} onClick={fillRest} data-testid="fill-rest-compliant">
          {t('inspections.answers.fillRest')}
        </Button>
      )}
    </Flex>
  );
}
