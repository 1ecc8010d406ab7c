import { App, Button, Form, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { api } from '../../app/api';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import type { TasksFromPlanIn, TasksFromPlanOut } from '../../../../src/modules/inspections/contract';
import { usePeople } from '../people/api';
import type { Plan } from './api';
import { DateInput } from '../../app/DateInput';

/** 下达检查任务: one team of officers for every key enterprise the plan schedules in a month. */
export function IssueTasksButton({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<TasksFromPlanIn>();
  const people = usePeople({ orgId: plan.orgId, role: 'officer' }, 1, 200, open);
  const issue = useMutation({
    mutationFn: (body: TasksFromPlanIn) => api<TasksFromPlanOut>('/api/inspections/tasks/from-plan', { method: 'POST', body }),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['inspections', 'tasks'] });
      void message.success(t('plans.issued', { created: r.createdCount, skipped: r.skippedCount }));
      setOpen(false);
    },
  });
  if (!can(user.roles, 'plan.issueTasks') || (plan.status !== 'approved' && plan.status !== 'published')) return null;
  const officers = (people.data?.items ?? []).filter((p) => p.credentials.some((c) => c.status !== 'expired'));

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="issue-plan-tasks">
        {t('plans.issueTasks')}
      </Button>
      <Modal
        open={open}
        title={t('plans.issueTasks')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={issue.isPending}
        destroyOnHidden
      >
        {issue.isError && <ErrorAlert error={issue.error} />}
        <Form form={form} layout="vertical" onFinish={(v) => issue.mutate({ ...v, planId: plan.id })}>
          <Form.Item name="month" label={t('plans.issueMonth')} rules={[{ required: true }]}>
            <InputNumber min={1} max={12} />
          </Form.Item>
          <Form.Item name="plannedOn" label={t('plans.issuePlannedOn')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Form.Item
            name="officerIds"
            label={t('plans.issueOfficers')}
            extra={t('plans.issueOfficersHint')}
            rules={[{ required: true, type: 'array', min: 2, message: t('plans.issueOfficersHint') }]}
          >
            <Select mode="multiple" loading={people.isLoading} options={officers.map((p) => ({ value: p.id, label: p.displayName }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
