import { App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { enumOptions, INDUSTRY_TREE } from '../registry/labels';
import { type Campaign, type CampaignIn, useCreateCampaign } from './campaigns-api';
import { DateInput } from '../../app/DateInput';

type Values = Required<Omit<CampaignIn, 'keyCategories'>> & { keyCategories: NonNullable<CampaignIn['keyCategories']> };

/** 启动专项整治: name, document, period, scope (org subtree, industries, key categories), goal. */
export function CreateCampaignModal({ onClose, onCreated }: { onClose: () => void; onCreated: (c: Campaign) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const create = useCreateCampaign();
  const reportError = useReportError();

  async function submit(v: Values) {
    try {
      const c = await create.mutateAsync(v);
      void message.success(t('inspections.campaigns.created', { name: c.name }));
      onCreated(c);
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={t('inspections.campaigns.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okText={t('inspections.campaigns.new')}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ orgId: user.orgId, industryCodes: [], keyCategories: [], goal: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="name"
          label={t('inspections.campaigns.name')}
          rules={[{ required: true, whitespace: true, min: 4, max: 100, message: t('inspections.campaigns.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="basis"
          label={t('inspections.campaigns.basis')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('inspections.campaigns.basisRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="orgId" label={t('inspections.campaigns.org')} rules={[{ required: true }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="startsOn" label={t('inspections.campaigns.startsOn')} rules={[{ required: true, message: t('inspections.campaigns.dateRequired') }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="endsOn" label={t('inspections.campaigns.endsOn')} rules={[{ required: true, message: t('inspections.campaigns.dateRequired') }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="industryCodes" label={t('inspections.campaigns.industries')} extra={t('inspections.campaigns.industriesHint')}>
          <TreeSelect multiple treeData={INDUSTRY_TREE} showSearch treeNodeFilterProp="title" placeholder={t('inspections.campaigns.allIndustries')} />
        </Form.Item>
        <Form.Item name="keyCategories" label={t('inspections.campaigns.categories')} extra={t('inspections.campaigns.categoriesHint')}>
          <Select mode="multiple" options={enumOptions(t, 'keyCategory')} placeholder={t('inspections.campaigns.allCategories')} />
        </Form.Item>
        <Form.Item name="goal" label={t('inspections.campaigns.goal')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
