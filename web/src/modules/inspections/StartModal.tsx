import { Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useReportError } from '../../app/feedback';
import { useChecklists } from '../catalogue/lists-api';
import { useStartRecord, type Task } from './api';

/** Starting the record fixes the checklist; a draw's task already has its matter's, others pick one. */
export function StartModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [form] = Form.useForm<{ checklistCode?: string; place?: string }>();
  const checklists = useChecklists(task.orgId);
  const start = useStartRecord();
  const fromMatter = task.source === 'draw';

  function submit(v: { checklistCode?: string; place?: string }) {
    start.mutate(
      { taskId: task.id, body: { ...(v.checklistCode ? { checklistCode: v.checklistCode } : {}), ...(v.place?.trim() ? { place: v.place.trim() } : {}) } },
      { onSuccess: (r) => navigate(`/inspections/records/${r.id}`), onError: (e) => reportError(e, form) },
    );
  }

  return (
    <Modal
      open
      title={`${t('inspections.start')}：${task.enterpriseName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={start.isPending}
      okText={t('inspections.start')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="large" onFinish={submit}>
        <Form.Item
          name="checklistCode"
          label={t('inspections.checklistPick')}
          rules={fromMatter ? [] : [{ required: true }]}
          extra={fromMatter ? t('inspections.checklistFromMatter') : undefined}
        >
          <Select
            showSearch
            allowClear
            optionFilterProp="label"
            loading={checklists.isFetching}
            options={checklists.data?.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }))}
          />
        </Form.Item>
        <Form.Item name="place" label={t('inspections.place')}>
          <Input />
        </Form.Item>
        {task.reason && <Typography.Paragraph type="secondary">{task.reason}</Typography.Paragraph>}
      </Form>
    </Modal>
  );
}
