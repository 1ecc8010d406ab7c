import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useCreatePlan, type Plan } from './api';

interface Values {
  orgId: string;
  year: number;
  title: string;
}

export function CreatePlanModal({ onClose, onCreated }: { onClose: () => void; onCreated: (plan: Plan) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlan();
  const reportError = useReportError();

  async function submit(values: Values) {
    try {
      onCreated(await create.mutateAsync({ ...values, items: [] }));
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal open title={t('plans.createTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} okText={t('common.save')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ orgId: user.orgId, year: new Date().getFullYear() + 1, title: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="orgId" label={t('plans.org')} rules={[{ required: true, message: t('plans.orgRequired') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="year" label={t('plans.year')} rules={[{ required: true, message: t('plans.yearRequired') }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="title" label={t('plans.planTitle')} rules={[{ required: true, min: 2, max: 100, message: t('plans.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
