import { App, Button, ConfigProvider, Descriptions, Form, Input, Modal, Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FindingDraftOut, FromFindingIn } from '../../../../src/modules/cases/contract';
import { api } from '../../app/api';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { useViolationTypes } from '../catalogue/api';
import type { CaseDetail } from './api';

/**
 * 立案查处 on a hazard of a completed inspection record: the server pre-fills the party, the facts
 * and the credentialed team; the officer picks the violation type (the check item's suggestion
 * first) and may edit the facts. Used by the inspection pages with a one-line import.
 */
export function OpenCaseButton({ hazardId, disabled }: { hazardId: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The record page shows a completed record inside a disabled form; this button and its dialog
  // are not part of that form, so they do not inherit its disabled state.
  return (
    <ConfigProvider componentDisabled={false}>
      <Button size="small" type="primary" ghost disabled={disabled} onClick={() => setOpen(true)}>
        {t('cases.fromFinding.button')}
      </Button>
      {open && <OpenCaseModal hazardId={hazardId} onClose={() => setOpen(false)} />}
    </ConfigProvider>
  );
}

function OpenCaseModal({ hazardId, onClose }: { hazardId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [form] = Form.useForm<FromFindingIn>();
  const [saving, setSaving] = useState(false);
  const draft = useQuery({
    queryKey: ['cases', 'from-finding', hazardId],
    queryFn: () => api<FindingDraftOut>(`/api/cases/from-finding/${encodeURIComponent(hazardId)}`),
    retry: false,
  });
  const violations = useViolationTypes();
  const suggested = draft.data?.suggestedViolationTypeCodes ?? [];
  const options = [...(violations.data ?? [])]
    .sort((a, b) => Number(suggested.includes(b.code)) - Number(suggested.includes(a.code)))
    .map((v) => ({ value: v.code, label: `${v.code} ${v.title}${suggested.includes(v.code) ? t('cases.fromFinding.suggested') : ''}` }));

  async function submit(values: FromFindingIn) {
    setSaving(true);
    try {
      const c = await api<CaseDetail>('/api/cases/from-finding', { method: 'POST', body: { ...values, hazardId } });
      void message.success(t('common.done', { what: t('cases.fromFinding.title') }));
      onClose();
      void navigate(`/cases/${c.id}`);
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
      width={680}
      title={t('cases.fromFinding.title')}
      okText={t('common.save')}
      okButtonProps={{ disabled: !draft.data }}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {draft.isError && <ErrorAlert error={draft.error} />}
      {draft.isPending && <Spin />}
      {draft.data && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('cases.fromFinding.party')}>{draft.data.partyName}</Descriptions.Item>
            <Descriptions.Item label={t('cases.fromFinding.record')}>{draft.data.recordNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cases.fromFinding.violationDate')}>{draft.data.violationDate}</Descriptions.Item>
            <Descriptions.Item label={t('cases.fromFinding.investigators')}>{draft.data.investigatorIds.length}</Descriptions.Item>
          </Descriptions>
          <Form form={form} layout="vertical" onFinish={submit} initialValues={{ summary: draft.data.summary, violationTypeCode: suggested[0] }}>
            <Form.Item name="violationTypeCode" label={t('cases.violation')} rules={required}>
              <Select showSearch optionFilterProp="label" options={options} loading={violations.isFetching} />
            </Form.Item>
            <Form.Item name="summary" label={t('cases.summary')} rules={required}>
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
