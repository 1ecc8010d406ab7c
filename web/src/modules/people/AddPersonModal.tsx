import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { meetsPasswordRule } from '../auth/password';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useCreatePerson, type NewPerson } from './api';

interface Props {
  defaultOrgId?: string;
  onClose: () => void;
}

export function AddPersonModal({ defaultOrgId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<NewPerson>();
  const createPerson = useCreatePerson();

  async function onFinish(values: NewPerson) {
    try {
      await createPerson.mutateAsync({
        ...values,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
      });
      void message.success(t('people.added'));
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={t('people.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={createPerson.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} name="addPerson" layout="vertical" initialValues={{ orgId: defaultOrgId }} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="username" label={t('people.username')} rules={[{ required: true, whitespace: true, message: t('people.usernameRequired') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('people.displayName')} rules={[{ required: true, whitespace: true, message: t('people.displayNameRequired') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="orgId" label={t('people.org')} rules={[{ required: true, message: t('people.orgRequired') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item
          name="initialPassword"
          label={t('people.initialPassword')}
          extra={t('auth.passwordRule')}
          rules={[
            { required: true, message: t('auth.newRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value || meetsPasswordRule(value) ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordWeak'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
