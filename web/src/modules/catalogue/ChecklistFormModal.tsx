import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_SCOPES, type ChecklistScope } from '../../../../src/modules/catalogue/standards/types';
import type { CitedChecklist } from './api';
import { CheckItemFields, type CheckItemValues } from './CheckItemFields';
import { ownVersion } from './EntrySource';
import { scopeLabel } from './labels';
import { useSaveChecklist } from './lists-api';
import { RefusalAlert, useRefusal } from './Refusal';

interface Props {
  orgId: string;
  orgName: string;
  /** Prefix of a new entry's code (the org's region code). */
  regionCode: string;
  /** The entry in force being edited (or restored); absent for a new checklist. */
  entry?: CitedChecklist;
  onClose: () => void;
}

interface FormValues {
  code: string;
  title: string;
  scope: ChecklistScope;
  items: CheckItemValues[];
}

const initialItems = (entry: CitedChecklist): CheckItemValues[] => entry.items.map(({ citation: _, ...item }) => item);

/** 编辑 / 新增 检查表: saved as the org's own version, in force for the org and its subtree. */
export function ChecklistFormModal({ orgId, orgName, regionCode, entry, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveChecklist();
  const { refusal, clear, handle } = useRefusal(form);

  async function onFinish(v: FormValues) {
    clear();
    try {
      await save.mutateAsync({
        code: entry?.code ?? v.code.trim(),
        body: {
          orgId,
          version: ownVersion(entry, orgId),
          title: v.title,
          scope: v.scope,
          items: (v.items ?? []).map((i) => ({ ...i, violationTypeCode: i.violationTypeCode ?? null, majorHazardCode: i.majorHazardCode ?? null })),
        },
      });
      void message.success(t(entry?.withdrawn ? 'orgLists.restored' : 'orgLists.saved'));
      onClose();
    } catch (error) {
      handle(error);
    }
  }

  return (
    <Modal
      open
      width={960}
      title={entry ? t('checklists.editTitle', { code: entry.code }) : t('checklists.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      footer={(buttons) => (
        <>
          <RefusalAlert refusal={refusal} />
          {buttons}
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{t('orgLists.editingFor', { org: orgName })}</Typography.Paragraph>
      <Form<FormValues>
        form={form}
        name="checklist"
        layout="vertical"
        initialValues={
          entry
            ? { code: entry.code, title: entry.title, scope: entry.scope, items: initialItems(entry) }
            : { code: `${regionCode}-`, scope: 'general', items: [{ basis: { lawCode: 'work-safety-law-2021' } }] }
        }
        onFinish={(v) => void onFinish(v)}
        scrollToFirstError
      >
        <Form.Item
          name="code"
          label={t('orgLists.code')}
          extra={entry ? undefined : t('orgLists.codeHint', { prefix: `${regionCode}-` })}
          rules={[{ required: true, whitespace: true, max: 40, message: t('orgLists.codeRequired') }]}
        >
          <Input disabled={Boolean(entry)} maxLength={40} style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('checklists.listTitle')}
          rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('checklists.titleRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="scope" label={t('checklists.scope')} rules={[{ required: true }]}>
          <Select options={CHECKLIST_SCOPES.map((s) => ({ value: s, label: scopeLabel(t, s) }))} style={{ maxWidth: 280 }} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          {t('checklists.items')}
        </Typography.Title>
        <CheckItemFields />
      </Form>
    </Modal>
  );
}
