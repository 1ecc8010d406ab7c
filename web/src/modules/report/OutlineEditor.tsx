import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useSaveOutline, type AnnualReport, type OutlineSection } from './annual-api';

/** The bureau's own outline: titles, levels, order and the figure sentences, saved as a whole. */
export function OutlineEditor({ report, onClose }: { report: AnnualReport; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const save = useSaveOutline();
  const [outline, setOutline] = useState<OutlineSection[]>(report.sections.map(({ key, title, level, template }) => ({ key, title, level, template })));

  const patch = (i: number, p: Partial<OutlineSection>) => setOutline((o) => o.map((s, j) => (j === i ? { ...s, ...p } : s)));
  const swap = (i: number, j: number) =>
    setOutline((o) => {
      const next = [...o];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  const add = () => setOutline((o) => [...o, { key: `section-${Date.now().toString(36)}`, title: '', level: 2, template: '' }]);

  async function onSave() {
    try {
      await save.mutateAsync({ id: report.id, outline, version: report.version });
      void message.success(t('annual.outlineSaved'));
      onClose();
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <Modal
      open
      width={880}
      title={t('annual.outline')}
      okText={t('annual.saveOutline')}
      onOk={() => void onSave()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Typography.Paragraph type="secondary">{t('annual.templateHint', { open: '{{', close: '}}' })}</Typography.Paragraph>
      {outline.map((s, i) => (
        <Card key={s.key} size="small" style={{ marginBottom: 8 }} data-testid={`outline-${i}`}>
          <Flex gap={8} wrap align="center">
            <Select<1 | 2>
              aria-label={t('annual.level')}
              value={s.level}
              style={{ width: 150 }}
              onChange={(level) => patch(i, { level })}
              options={[
                { value: 1, label: t('annual.level1') },
                { value: 2, label: t('annual.level2') },
              ]}
            />
            <Input
              aria-label={t('annual.sectionTitle')}
              placeholder={t('annual.sectionTitle')}
              value={s.title}
              maxLength={60}
              style={{ flex: 1, minWidth: 200 }}
              onChange={(e) => patch(i, { title: e.target.value })}
            />
            <Button aria-label={t('annual.up')} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => swap(i, i - 1)} />
            <Button aria-label={t('annual.down')} icon={<ArrowDownOutlined />} disabled={i === outline.length - 1} onClick={() => swap(i, i + 1)} />
            <Button
              aria-label={t('annual.remove')}
              danger
              icon={<DeleteOutlined />}
              disabled={outline.length === 1}
              onClick={() => setOutline((o) => o.filter((_, j) => j !== i))}
            />
          </Flex>
          <Input.TextArea
            aria-label={`${s.title} ${t('annual.template')}`}
            placeholder={t('annual.template')}
            value={s.template}
            autoSize={{ minRows: 1, maxRows: 6 }}
            style={{ marginTop: 8 }}
            onChange={(e) => patch(i, { template: e.target.value })}
          />
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={add}>
        {t('annual.addSection')}
      </Button>
    </Modal>
  );
}
