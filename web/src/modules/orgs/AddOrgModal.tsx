import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { ORG_LEVELS, useCreateOrg, type NewOrg } from './api';
import { OrgTreeSelect } from './OrgTreeSelect';

interface Props {
  parentId: string;
  onClose: () => void;
}

export function AddOrgModal({ parentId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<NewOrg>();
  const createOrg = useCreateOrg();

  async function onFinish(values: NewOrg) {
    try {
      await createOrg.mutateAsync({ ...values, name: values.name.trim(), shortName: values.shortName.trim() });
      void message.success(t('orgs.created'));
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={t('orgs.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={createOrg.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} name="addOrg" layout="vertical" initialValues={{ parentId }} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="parentId" label={t('orgs.parent')} rules={[{ required: true }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="name" label={t('orgs.name')} rules={[{ required: true, whitespace: true, message: t('orgs.nameRequired') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="shortName" label={t('orgs.shortName')} rules={[{ required: true, whitespace: true, message: t('orgs.shortNameRequired') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="level" label={t('orgs.level')} rules={[{ required: true, message: t('orgs.levelRequired') }]}>
          <Select options={ORG_LEVELS.map((l) => ({ value: l, label: t(`orgLevels.${l}`) }))} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('orgs.regionCode')}
          rules={[
            { required: true, message: t('orgs.regionCodeRequired') },
            { pattern: /^\d{6,12}$/, message: t('orgs.regionCodeInvalid') },
          ]}
        >
          <Input inputMode="numeric" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
