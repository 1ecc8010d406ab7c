import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASK_KINDS, type TaskKind } from '../../../../src/modules/inspections/codes';
import { TASK_KIND_RULES } from '../../../../src/modules/inspections/tasks/kinds';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useEnforcerOptions } from '../people/api';
import { useEnterpriseOptions } from '../registry/useEnterpriseOptions';
import { useCampaigns, useOpenTask, type OpenTaskIn } from './campaigns-api';
import { DateInput } from '../../app/DateInput';

interface Values {
  source: TaskKind;
  orgId: string;
  enterpriseId: string;
  officerIds: string[];
  plannedOn: string;
  reason: string;
  tipRef?: string;
  departments?: string[];
  campaignId?: string;
}

/**
 * 新建检查任务 of a kind (tasks/kinds.ts): the kind's basis and team rule shown, officers only those
 * holding a valid credential, the kind's own fields; confirmed before it is created.
 */
export function CreateTaskModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const user = useUser();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('source', form) ?? 'routine';
  const orgId = Form.useWatch('orgId', form) ?? user.orgId;
  const enterprises = useEnterpriseOptions(orgId);
  const enforcers = useEnforcerOptions(orgId);
  const campaigns = useCampaigns(kind === 'campaign');
  const open = useOpenTask();
  const rule = TASK_KIND_RULES[kind];
  const label = t(`inspections.sources.${kind}`);
  const officers = enforcers.officers;

  function confirm(v: Values) {
    const body: OpenTaskIn = {
      source: v.source,
      orgId: v.orgId,
      enterpriseId: v.enterpriseId,
      officerIds: v.officerIds,
      plannedOn: v.plannedOn,
      reason: v.reason,
      ...(v.source === 'tip' ? { tipRef: v.tipRef } : {}),
      ...(v.source === 'joint' ? { departments: v.departments } : {}),
      ...(v.source === 'campaign' ? { campaignId: v.campaignId } : {}),
    };
    const enterprise = enterprises.labelOf(v.enterpriseId);
    modal.confirm({
      title: t('inspections.newTask.confirmTitle'),
      content: t('inspections.newTask.confirmContent', {
        kind: label,
        enterprise,
        date: v.plannedOn,
        officers: officers
          .filter((o) => v.officerIds.includes(o.id))
          .map((o) => o.displayName)
          .join('、'),
      }),
      okText: t('inspections.newTask.create'),
      onOk: () =>
        open.mutateAsync(body).then(
          (task) => {
            void message.success(t('inspections.newTask.created', { enterprise: task.enterpriseName }));
            onClose();
          },
          (error) => reportError(error, form),
        ),
    });
  }

  return (
    <Modal
      open
      title={t('inspections.newTask.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspections.newTask.create')}
      confirmLoading={open.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ source: 'routine', orgId: user.orgId, officerIds: [] }} onFinish={confirm}>
        <Form.Item name="source" label={t('inspections.newTask.kind')} rules={[{ required: true }]}>
          <Select options={TASK_KINDS.map((k) => ({ value: k, label: t(`inspections.sources.${k}`) }))} />
        </Form.Item>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('inspections.newTask.basis', { basis: rule.basis })}
          description={rule.teamRule}
          data-testid="kind-basis"
        />
        <Form.Item name="orgId" label={t('inspections.newTask.org')} rules={[{ required: true }]}>
          <OrgTreeSelect />
        </Form.Item>
        {kind === 'campaign' && (
          <Form.Item
            name="campaignId"
            label={t('inspections.newTask.campaign')}
            rules={[{ required: true, message: t('inspections.newTask.campaignRequired') }]}
          >
            <Select
              loading={campaigns.isFetching}
              options={(campaigns.data ?? [])
                .filter((c) => c.status !== 'closed')
                .map((c) => ({ value: c.id, label: `${c.name}（${c.startsOn} 至 ${c.endsOn}）` }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="enterpriseId"
          label={t('inspections.newTask.enterprise')}
          rules={[{ required: true, message: t('inspections.newTask.enterpriseRequired') }]}
        >
          <Select placeholder={t('inspections.newTask.searchEnterprise')} {...enterprises.selectProps} />
        </Form.Item>
        <Form.Item
          name="officerIds"
          label={t('inspections.officers')}
          extra={t('inspections.newTask.officersHint', { kind: label, min: rule.minOfficers })}
          rules={[
            {
              required: true,
              type: 'array',
              min: rule.minOfficers,
              message: t('inspections.newTask.officersRequired', { kind: label, min: rule.minOfficers }),
            },
          ]}
        >
          <Select mode="multiple" optionFilterProp="label" loading={enforcers.loading} options={enforcers.options} />
        </Form.Item>
        <Form.Item name="plannedOn" label={t('inspections.plannedOn')} rules={[{ required: true, message: t('inspections.newTask.plannedOnRequired') }]}>
          <DateInput />
        </Form.Item>
        {kind === 'tip' && (
          <Form.Item
            name="tipRef"
            label={t('inspections.newTask.tipRef')}
            rules={[{ required: true, whitespace: true, message: t('inspections.newTask.tipRefRequired') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        )}
        {kind === 'joint' && (
          <Form.Item
            name="departments"
            label={t('inspections.newTask.departments')}
            extra={t('inspections.newTask.departmentsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('inspections.newTask.departmentsRequired') }]}
          >
            <Select mode="tags" tokenSeparators={['，', ',', '、']} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('inspections.newTask.reason')}
          rules={[{ required: true, whitespace: true, min: 4, max: 500, message: t('inspections.newTask.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
