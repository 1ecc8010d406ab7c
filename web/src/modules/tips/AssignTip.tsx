import { Alert, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_KIND_RULES } from '../../../../src/modules/inspections/tasks/kinds';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { chinaToday } from '../../app/format';
import { useEnforcerOptions } from '../people/api';
import { useEnterpriseOptions } from '../registry/useEnterpriseOptions';
import { isComplaint } from '../../../../src/modules/tips/contract';
import { useAssignTip, type TipDetail } from './api';

interface Values {
  enterpriseId: string;
  officerIds: string[];
  plannedOn: string;
}

const RULE = TASK_KIND_RULES.tip;

/**
 * 交办核查: an accepted tip (not a complaint) becomes a 举报核查 task on the enterprise, to two
 * officers or more; a tip whose task was cancelled is assigned again (重新交办), to a new task.
 */
export function AssignTip({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const again = tip.state === 'assigned' && tip.findings?.taskStatus === 'cancelled';
  if ((tip.state !== 'accepted' && !again) || isComplaint(tip.kind) || !can(user.roles, 'tip.assign')) return null;
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {again ? t('tips.handling.assignAgain') : t('tips.handling.assign')}
      </Button>
      {open && <AssignModal tip={tip} onClose={() => setOpen(false)} />}
    </>
  );
}

function AssignModal({ tip, onClose }: { tip: TipDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const enterprises = useEnterpriseOptions(tip.orgId);
  const officers = useEnforcerOptions(tip.orgId);
  const assign = useAssignTip();

  const submit = useConfirmedSubmit(form, { title: t('tips.handling.assign'), done: t('tips.handling.assigned'), onDone: onClose });

  function confirm(v: Values) {
    submit.confirmThenSend(t('tips.handling.confirmAssign'), () => assign.mutateAsync({ id: tip.id, version: tip.version, ...v }));
  }

  return (
    <Modal
      open
      width={640}
      title={t('tips.handling.assignTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('tips.handling.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('tips.handling.assignBasis', { basis: RULE.basis })} description={RULE.teamRule} />
      <Form<Values> form={form} layout="vertical" initialValues={{ officerIds: [], plannedOn: chinaToday() }} onFinish={confirm}>
        <Form.Item name="enterpriseId" label={t('tips.handling.enterprise')} rules={[{ required: true, message: t('tips.handling.enterpriseRequired') }]}>
          <Select placeholder={t('tips.handling.searchEnterprise')} {...enterprises.selectProps} />
        </Form.Item>
        <Form.Item
          name="officerIds"
          label={t('tips.handling.officers')}
          extra={t('tips.handling.officersHint', { min: RULE.minOfficers })}
          rules={[{ required: true, type: 'array', min: RULE.minOfficers, message: t('tips.handling.officersRequired', { min: RULE.minOfficers }) }]}
        >
          <Select mode="multiple" optionFilterProp="label" loading={officers.loading} options={officers.options} />
        </Form.Item>
        <Form.Item name="plannedOn" label={t('tips.handling.plannedOn')} rules={[{ required: true, message: t('tips.handling.plannedOnRequired') }]}>
          <DateInput min={chinaToday()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
