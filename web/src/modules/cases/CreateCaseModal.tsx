import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateCaseIn } from '../../../../src/modules/cases/contract';
import { api } from '../../app/api';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { useViolationTypes } from '../catalogue/api';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { usePeople } from '../people/api';
import { useEnterprises } from '../registry/api';
import type { CaseDetail } from './api';
import { DateInput } from '../../app/DateInput';

/** 新建案件: a draft; the investigators' credentials and the party's org are checked by the server. */
export function CreateCaseModal({ onClose, onCreated }: { onClose: () => void; onCreated: (c: CaseDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const reportError = useReportError();
  const [form] = Form.useForm<CreateCaseIn>();
  const [saving, setSaving] = useState(false);
  const [term, setTerm] = useState('');
  const [violationTerm, setViolationTerm] = useState('');
  const orgId = Form.useWatch('orgId', form);
  const partyKind = Form.useWatch('partyKind', form);
  const enterprises = useEnterprises({ orgId, q: term || undefined }, 1, 20);
  const violations = useViolationTypes(violationTerm || undefined);
  const officers = usePeople({ orgId, role: 'officer' }, 1, 100, !!orgId);

  async function submit(values: CreateCaseIn) {
    setSaving(true);
    try {
      const created = await api<CaseDetail>('/api/cases', { method: 'POST', body: values });
      void message.success(t('common.done', { what: t('cases.add') }));
      onCreated(created);
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  }
  const required = [{ required: true, message: t('cases.fieldRequired') }];

  return (
    <Modal
      open
      width={640}
      title={t('cases.add')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgId: user.orgId, procedure: 'general', partyKind: 'organisation', investigatorIds: [] }}
      >
        <Form.Item name="orgId" label={t('cases.org')} rules={required}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="procedure" label={t('cases.procedure')}>
          <Radio.Group options={(['general', 'summary'] as const).map((p) => ({ value: p, label: t(`cases.procedures.${p}`) }))} />
        </Form.Item>
        <Form.Item name="partyKind" label={t('cases.partyKind')}>
          <Radio.Group options={(['organisation', 'citizen'] as const).map((p) => ({ value: p, label: t(`cases.partyKinds.${p}`) }))} />
        </Form.Item>
        {partyKind === 'citizen' ? (
          <>
            <Form.Item name="citizenName" label={t('cases.citizenName')} rules={required}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="citizenIdNumber" label={t('cases.citizenIdNumber')}>
              <Input maxLength={30} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="enterpriseId" label={t('cases.party')} rules={required}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setTerm}
              loading={enterprises.isFetching}
              options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="violationTypeCode" label={t('cases.violation')} rules={required}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setViolationTerm}
            options={(violations.data ?? []).slice(0, 50).map((v) => ({ value: v.code, label: `${v.code} ${v.title}` }))}
          />
        </Form.Item>
        <Form.Item name="violationDate" label={t('cases.violationDate')} rules={required}>
          <DateInput />
        </Form.Item>
        <Form.Item name="summary" label={t('cases.summary')} rules={required}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="investigatorIds" label={t('cases.investigators')} rules={required}>
          <Select mode="multiple" optionFilterProp="label" options={(officers.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
