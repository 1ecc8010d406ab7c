import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANCELLATION_GROUNDS, CANCELLATION_LABELS, type CancellationGround } from '../../../../src/modules/licensing/codes';
import { api } from '../../app/api';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type Licence, licenceUrl } from './api';

type Values = { ground: CancellationGround; note: string };

/** 注销 (行政许可法 第七十条): the ground, the facts, asked once more, then the licence ends. */
export function CancelLicenceButton({ licence: l }: { licence: Licence }) {
  const { t } = useTranslation();
  const k = 'licensing.licences.cancel' as const;
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const run = useMutation({
    mutationFn: (v: Values) => api<Licence>(`${licenceUrl(l.id)}/cancel`, { method: 'POST', body: { ...v, version: l.version } }),
    onSuccess: (out) => {
      client.setQueryData(['licensing', 'licences', 'detail', l.id], out);
      return client.invalidateQueries({ queryKey: ['licensing', 'licences'] });
    },
  });
  const submit = useConfirmedSubmit(form, { title: t(`${k}.title`), done: t(`${k}.done`), onDone: () => setOpen(false) });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t(`${k}.title`)}
      </Button>
      {open && (
        <Modal open title={t(`${k}.title`)} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('common.ok')} cancelText={t('common.cancel')}>
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={(v) => submit.confirmThenSend(t(`${k}.confirm`, { no: l.licenceNo }), () => run.mutateAsync(v))}
          >
            <Form.Item name="ground" label={t(`${k}.ground`)} rules={[{ required: true }]}>
              <Select options={CANCELLATION_GROUNDS.map((g) => ({ value: g, label: CANCELLATION_LABELS[g] }))} />
            </Form.Item>
            <Form.Item name="note" label={t(`${k}.note`)} rules={[{ required: true, whitespace: true, min: 4, max: 1000 }]}>
              <Input.TextArea rows={3} maxLength={1000} showCount />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
