import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { PRESERVATION_DECISIONS, SAMPLING_METHODS } from '../../../../src/modules/cases/collection/rules';
import { api, errorText } from '../../app/api';
import { useUser } from '../../app/auth';
import { usePeople } from '../people/api';
import type { CaseDetail } from './api';

const caseUrl = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

/** Posts to the case and refreshes it; the server's refusal (in Chinese, naming the field) shows in the modal. */
function useCasePost(detail: CaseDetail, onClose: () => void) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  async function post(path: string, body: Record<string, unknown>) {
    setError(null);
    setSaving(true);
    try {
      await api(`${caseUrl(detail.id)}${path}`, { method: 'POST', body: { ...body, version: detail.version } });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }
  return { post, error, saving };
}

function FormModal({
  title,
  onOk,
  onClose,
  saving,
  error,
  children,
}: {
  title: string;
  onOk: () => void;
  onClose: () => void;
  saving: boolean;
  error: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal open width={760} title={title} okText={t('cases.confirm')} onOk={onOk} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={errorText(error)} />}
      {children}
    </Modal>
  );
}

/** The two officers: the user first, then another investigator of the case. */
function OfficersField({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const people = usePeople({ orgId: detail.orgId }, 1, 100);
  const nameOf = (id: string) => people.data?.items.find((p) => p.id === id)?.displayName ?? id;
  return (
    <Form.Item
      name="officerIds"
      label={t('cases.collection.officers')}
      rules={[
        { required: true, message: t('cases.collection.required') },
        { type: 'array', len: 2, message: t('cases.collection.twoOfficers') },
      ]}
    >
      <Select mode="multiple" options={detail.investigatorIds.map((id) => ({ value: id, label: nameOf(id) }))} />
    </Form.Item>
  );
}

/** Items as a list of rows; `extra` names the column that differs (批号 for samples, 保存地点 for preserved evidence). */
function ItemsField({ extra }: { extra: 'batch' | 'storagePlace' }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('cases.collection.required') }];
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} wrap align="start">
              <Form.Item name={[f.name, 'name']} label={t('cases.collection.itemName')} rules={required}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name={[f.name, 'specification']} label={t('cases.collection.specification')}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name={[f.name, 'quantity']} label={t('cases.collection.quantity')} rules={required}>
                <InputNumber min={0.001} />
              </Form.Item>
              <Form.Item name={[f.name, 'unit']} label={t('cases.collection.unit')} rules={required}>
                <Input maxLength={20} style={{ width: 80 }} />
              </Form.Item>
              <Form.Item name={[f.name, extra]} label={t(`cases.collection.${extra}`)} rules={extra === 'storagePlace' ? required : []}>
                <Input maxLength={extra === 'storagePlace' ? 200 : 100} />
              </Form.Item>
              {fields.length > 1 && (
                <Button type="link" style={{ marginTop: 30 }} onClick={() => remove(f.name)}>
                  {t('cases.collection.remove')}
                </Button>
              )}
            </Space>
          ))}
          <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
            {t('cases.collection.addItem')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

const initialOfficers = (detail: CaseDetail, me: string) => [me, ...detail.investigatorIds.filter((id) => id !== me)].slice(0, 2);

export function SamplingModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm();
  const { post, error, saving } = useCasePost(detail, onClose);
  const required = [{ required: true, message: t('cases.collection.required') }];
  return (
    <FormModal title={t('cases.collection.addSampling')} onOk={() => form.submit()} onClose={onClose} saving={saving} error={error}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: 'random', items: [{}], officerIds: initialOfficers(detail, user.id) }}
        onFinish={(v: Record<string, unknown> & { sampledAt: string }) => post('/samplings', { ...v, sampledAt: new Date(v.sampledAt).toISOString() })}
      >
        <ItemsField extra="batch" />
        <Space wrap>
          <Form.Item name="sampledAt" label={t('cases.collection.sampledAt')} rules={required}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="method" label={t('cases.collection.method')} rules={required}>
            <Select style={{ width: 160 }} options={SAMPLING_METHODS.map((m) => ({ value: m, label: t(`cases.collection.methods.${m}`) }))} />
          </Form.Item>
          <Form.Item name="witnessName" label={t('cases.collection.witness')} rules={required}>
            <Input maxLength={50} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('cases.collection.place')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="methodNote" label={t('cases.collection.methodNote')}>
          <Input.TextArea autoSize maxLength={1000} />
        </Form.Item>
        <OfficersField detail={detail} />
      </Form>
    </FormModal>
  );
}

export function PreservationModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm();
  const { post, error, saving } = useCasePost(detail, onClose);
  return (
    <FormModal title={t('cases.collection.requestPreservation')} onOk={() => form.submit()} onClose={onClose} saving={saving} error={error}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ items: [{}], officerIds: initialOfficers(detail, user.id) }}
        onFinish={(v: Record<string, unknown>) => post('/preservations', v)}
      >
        <ItemsField extra="storagePlace" />
        <Form.Item name="reason" label={t('cases.collection.reason')} rules={[{ required: true, message: t('cases.collection.required') }]}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <OfficersField detail={detail} />
      </Form>
    </FormModal>
  );
}

export function ApprovalModal({ detail, index, onClose }: { detail: CaseDetail; index: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [opinion, setOpinion] = useState('');
  const { post, error, saving } = useCasePost(detail, onClose);
  const send = (approve: boolean) => post(`/preservations/${index}/approval`, { approve, opinion });
  return (
    <Modal
      open
      title={t('cases.collection.approveTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="refuse" danger loading={saving} onClick={() => send(false)}>
          {t('cases.collection.refuse')}
        </Button>,
        <Button key="approve" type="primary" loading={saving} onClick={() => send(true)}>
          {t('cases.collection.approve')}
        </Button>,
      ]}
    >
      {error !== null && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={errorText(error)} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        {detail.preservations[index].itemNames.join('、')}：{detail.preservations[index].reason}
      </Card>
      <Input.TextArea
        aria-label={t('cases.collection.opinion')}
        placeholder={t('cases.collection.opinion')}
        value={opinion}
        onChange={(e) => setOpinion(e.target.value)}
        autoSize
        maxLength={2000}
      />
    </Modal>
  );
}

export function DecisionModal({ detail, index, onClose }: { detail: CaseDetail; index: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { post, error, saving } = useCasePost(detail, onClose);
  const required = [{ required: true, message: t('cases.collection.required') }];
  const kinds = Object.keys(PRESERVATION_DECISIONS) as (keyof typeof PRESERVATION_DECISIONS)[];
  return (
    <FormModal title={t('cases.collection.decide')} onOk={() => form.submit()} onClose={onClose} saving={saving} error={error}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'release' }}
        onFinish={(v: Record<string, unknown>) => post(`/preservations/${index}/decision`, v)}
      >
        <Form.Item name="kind" label={t('cases.collection.decisionKind')} rules={required}>
          <Select options={kinds.map((k) => ({ value: k, label: `${t(`cases.collection.decisionKinds.${k}`)}（${PRESERVATION_DECISIONS[k].article}）` }))} />
        </Form.Item>
        <Form.Item name="details" label={t('cases.collection.details')} rules={required}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
