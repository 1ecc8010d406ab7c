import { Button, Flex, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { scoreOf } from '../../../../src/modules/evaluations/rules';
import { STANDARD_ITEMS } from '../../../../src/modules/evaluations/standard';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type EvaluationFile, type Round, type ScoreBody, useScore } from './api';

const RULE_OPTIONS = STANDARD_ITEMS.map((item) => ({
  label: `${item.name}（${item.points}分）`,
  options: item.rules.map((r) => ({ value: r.code, label: `${r.text}（每处扣${r.points}分${r.fatal ? '，案卷不合格' : ''}）` })),
}));

/** 评分: the standard's deductions picked, each with how many times and what was found; the score previewed as the server will compute it. */
export function ScoreModal({ r, f, onClose }: { r: Round; f: EvaluationFile; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Omit<ScoreBody, 'version'>>();
  const score = useScore();
  const submit = useConfirmedSubmit(form, { title: t('evaluations.scoreTitle'), done: t('evaluations.scored'), onDone: onClose });
  const deductions = (Form.useWatch('deductions', form) ?? []).filter((d) => d?.ruleCode);
  const preview = scoreOf(deductions.map((d) => ({ ruleCode: d.ruleCode, times: d.times ?? 1 })));
  return (
    <Modal
      open
      width={860}
      title={`${t('evaluations.scoreTitle')}：${f.partyName}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={score.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('evaluations.scoreHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="evaluationScore"
        initialValues={{ deductions: f.deductions.map(({ ruleCode, times, note }) => ({ ruleCode, times, note })), comment: f.comment ?? '' }}
        onFinish={(v) =>
          submit.confirmThenSend(t('evaluations.scoreConfirm'), () =>
            score.mutateAsync({ id: r.id, fileId: f.id, version: f.version, deductions: v.deductions ?? [], comment: v.comment || null }),
          )
        }
      >
        <Form.List name="deductions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap data-testid="evaluation-deduction">
                  <Form.Item
                    name={[field.name, 'ruleCode']}
                    label={t('evaluations.rule')}
                    rules={[{ required: true, message: t('evaluations.required', { field: t('evaluations.rule') }) }]}
                    style={{ flex: 3, minWidth: 280 }}
                  >
                    <Select showSearch optionFilterProp="label" options={RULE_OPTIONS} data-testid="evaluation-rule" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'times']} label={t('evaluations.times')} initialValue={1} style={{ width: 90 }}>
                    <InputNumber min={1} max={20} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'note']}
                    label={t('evaluations.note')}
                    rules={[{ required: true, whitespace: true, min: 2, message: t('evaluations.required', { field: t('evaluations.note') }) }]}
                    style={{ flex: 3, minWidth: 220 }}
                  >
                    <Input maxLength={1000} data-testid="evaluation-note" />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                    {t('evaluations.remove')}
                  </Button>
                </Flex>
              ))}
              <Button onClick={() => add({ times: 1 })} data-testid="evaluation-add-deduction" style={{ marginBottom: 16 }}>
                {t('evaluations.addDeduction')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="comment" label={t('evaluations.comment')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      <Typography.Title level={5} data-testid="evaluation-preview">
        {t('evaluations.preview', { score: preview.score })} · {t(`evaluations.grades.${preview.grade}`)}
      </Typography.Title>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={preview.items}
        columns={[
          { title: t('evaluations.items'), dataIndex: 'name', key: 'name' },
          { title: t('evaluations.points'), dataIndex: 'points', key: 'points' },
          { title: t('evaluations.deducted'), dataIndex: 'deducted', key: 'deducted' },
          { title: t('evaluations.score'), dataIndex: 'score', key: 'score' },
        ]}
      />
    </Modal>
  );
}
