import { App, Checkbox, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../app/access';
import { useReportError } from '../../app/feedback';
import { useSetRoles, type Person } from './api';

interface Props {
  person: Person;
  onClose: () => void;
}

export function EditRolesModal({ person, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ roles: string[] }>();
  const setRoles = useSetRoles();

  async function onFinish({ roles }: { roles: string[] }) {
    try {
      await setRoles.mutateAsync({ id: person.id, roles });
      void message.success(t('people.rolesSaved'));
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={t('people.rolesFor', { name: person.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setRoles.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} name="editRoles" layout="vertical" initialValues={{ roles: person.roles }} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="roles" label={t('people.roles')}>
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
