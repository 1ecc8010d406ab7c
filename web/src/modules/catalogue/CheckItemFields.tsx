import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLaws, useMajorHazards, useViolationTypes } from './api';

/** One check item as the form holds it; cleared optional fields are undefined or null. */
export interface CheckItemValues {
  code: string;
  text: string;
  basis: { lawCode: string; article: number; paragraph?: number | null; item?: number | null };
  violationTypeCode?: string | null;
  majorHazardCode?: string | null;
}

// The picks come from the catalogue itself, so a code the server would refuse cannot be chosen.
function useChoices() {
  const laws = useLaws();
  const violations = useViolationTypes();
  const hazards = useMajorHazards();
  return useMemo(
    () => ({
      laws: (laws.data?.laws ?? []).map((l) => ({ value: l.code, label: l.title })),
      violations: (violations.data ?? []).map((v) => ({ value: v.code, label: `${v.code} ${v.title}` })),
      // Codes are 'MHC-2023-<article>-<item>', items numbered from 1 within each article.
      hazards: (hazards.data?.articles ?? []).flatMap((a) =>
        a.items.map(([text], i) => ({ value: `MHC-2023-${a.article}-${i + 1}`, label: `MHC-2023-${a.article}-${i + 1} ${text}` })),
      ),
    }),
    [laws.data, violations.data, hazards.data],
  );
}

const ordinal = { min: 1, max: 999, precision: 0 } as const;
const search = { showSearch: { optionFilterProp: 'label' }, allowClear: true, popupMatchSelectWidth: false } as const;

/** 检查项 list: code, text, basis (law, 条 / 款 / 项), and the violation type and 重大事故隐患 情形 a failure points to. */
export function CheckItemFields() {
  const { t } = useTranslation();
  const choices = useChoices();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name }, index) => (
            <Card
              key={key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('checklists.itemNumber', { n: index + 1 })}
              extra={<Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('checklists.removeItem')} onClick={() => remove(name)} />}
            >
              <Row gutter={8}>
                <Col xs={24} md={6}>
                  <Form.Item
                    name={[name, 'code']}
                    label={t('checklists.code')}
                    rules={[{ required: true, whitespace: true, max: 40, message: t('checklists.codeRequired') }]}
                  >
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={18}>
                  <Form.Item
                    name={[name, 'text']}
                    label={t('checklists.item')}
                    rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('checklists.textRequired') }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={9}>
                  <Form.Item name={[name, 'basis', 'lawCode']} label={t('checklists.law')} rules={[{ required: true, message: t('checklists.lawRequired') }]}>
                    <Select options={choices.laws} {...search} allowClear={false} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={5}>
                  <Form.Item
                    name={[name, 'basis', 'article']}
                    label={t('checklists.article')}
                    rules={[{ required: true, message: t('checklists.articleRequired') }]}
                  >
                    <InputNumber {...ordinal} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={5}>
                  <Form.Item name={[name, 'basis', 'paragraph']} label={t('checklists.paragraph')}>
                    <InputNumber {...ordinal} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={5}>
                  <Form.Item name={[name, 'basis', 'item']} label={t('checklists.itemNo')}>
                    <InputNumber {...ordinal} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[name, 'violationTypeCode']} label={t('checklists.violationType')} style={{ marginBottom: 0 }}>
                    <Select options={choices.violations} {...search} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[name, 'majorHazardCode']} label={t('checklists.majorHazard')} style={{ marginBottom: 0 }}>
                    <Select options={choices.hazards} {...search} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ basis: { lawCode: 'work-safety-law-2021' } })}>
            {t('checklists.addItem')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
