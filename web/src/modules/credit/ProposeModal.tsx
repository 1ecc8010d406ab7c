import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseOut } from '../../../../src/modules/cases/contract';
import { CRITERION_CODES } from '../../../../src/modules/credit/codes';
import { api } from '../../app/api';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type ProposeBody, usePropose } from './api';

/** Decided penalty cases the reader's bureau may see, found by the party's name or code (the cases list). */
function useDecidedCases(q: string) {
  return useQuery({
    queryKey: ['credit', 'cases', q],
    queryFn: () => api<{ items: CaseOut[] }>('/api/cases', { query: { q: q || undefined, pageSize: 50, sort: 'updatedAt', order: 'desc' } }),
    select: (r) => r.items.filter((c) => c.decisionNumber && c.enterpriseId),
  });
}

/** 提出列入建议: the decided case, the criterion it meets, and the facts; sent after one more 确定. */
export function ProposeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProposeBody>();
  const [q, setQ] = useState('');
  const cases = useDecidedCases(q);
  const propose = usePropose();
  const submit = useConfirmedSubmit(form, { title: t('credit.proposeTitle'), done: t('credit.proposed'), onDone: onClose });
  return (
    <Modal
      open
      width={640}
      title={t('credit.proposeTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={propose.isPending}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('credit.proposeIntro')} />
      <Form<ProposeBody>
        form={form}
        layout="vertical"
        name="creditPropose"
        onFinish={(v) =>
          submit.confirmThenSend(t('credit.proposeConfirm'), () =>
            propose.mutateAsync({ ...v, facts: v.facts.trim() }).then((l) => navigate(`/credit/listings/${l.id}`)),
          )
        }
      >
        <Form.Item name="caseId" label={t('credit.case')} extra={t('credit.caseHint')} rules={[{ required: true, message: t('credit.caseRequired') }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={cases.isFetching}
            options={(cases.data ?? []).map((c) => ({ value: c.id, label: `${c.partyName} ${c.decisionNumber}（${c.decidedOn}）` }))}
          />
        </Form.Item>
        <Form.Item name="criterion" label={t('credit.criterion')} rules={[{ required: true, message: t('credit.criterionRequired') }]}>
          <Select options={CRITERION_CODES.map((c) => ({ value: c, label: t(`credit.criteria.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="facts"
          label={t('credit.facts')}
          extra={t('credit.factsHint')}
          rules={[{ required: true, whitespace: true, min: 10, message: t('credit.factsRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
