import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Form, Input, Modal, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RECORDED_LICENCE_ORIGIN_LABELS } from '../../../../src/modules/licensing/licence-contract';
import { can } from '../../app/access';
import { api } from '../../app/api';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type EnterpriseRegister, type Licence, type RecordedLicence, useEnterpriseRegister } from './api';
import { LicenceStateTag } from './LicenceTag';

// The enterprise page's 许可证 tab (the registry lays the page out, this module fills the tab): the
// licences this platform issued, each a link to its electronic licence, and those recorded from
// elsewhere, marked 外部登记、未经本平台签发 — they have no signature and no QR page.

const k = 'licensing.licences.register' as const;

export function LicenceRegisterTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const register = useEnterpriseRegister(enterpriseId);
  // The modal records a new licence, or corrects the one given.
  const [recording, setRecording] = useState<{ editing?: RecordedLicence } | null>(null);
  const mayRecord = can(user.roles, 'license.record');
  if (register.isError) return <ErrorAlert error={register.error} />;
  const issuedColumns: TableColumnsType<Licence> = [
    { title: t('licensing.licences.name'), key: 'name', render: (_, l) => l.content.matterName },
    { title: t('licensing.licences.licenceNo'), key: 'no', render: (_, l) => <Link to={`/licensing/licences/${l.id}`}>{l.licenceNo}</Link> },
    { title: t('licensing.licences.issuer'), key: 'issuer', render: (_, l) => l.content.issuer },
    { title: t('licensing.licences.validity'), key: 'validity', render: (_, l) => t(`${k}.range`, { from: l.validFrom, to: l.validTo }) },
    { title: t('licensing.licences.state'), key: 'state', render: (_, l) => <LicenceStateTag state={l.state} /> },
  ];
  const recordedColumns: TableColumnsType<RecordedLicence> = [
    { title: t('licensing.licences.name'), dataIndex: 'kind', key: 'kind' },
    { title: t('licensing.licences.licenceNo'), dataIndex: 'licenceNo', key: 'no' },
    { title: t('licensing.licences.issuer'), key: 'issuer', render: (_, r) => r.issuer ?? t(`${k}.issuerUnknown`) },
    {
      title: t('licensing.licences.validity'),
      key: 'validity',
      render: (_, r) => (r.validTo ? t(`${k}.range`, { from: r.validFrom ?? '—', to: r.validTo }) : t(`${k}.noEnd`)),
    },
    {
      title: t('licensing.licences.state'),
      key: 'state',
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Tag color={r.state === 'valid' ? 'green' : 'default'}>{t(`${k}.recordedStates.${r.state}`)}</Tag>
          <Tooltip title={RECORDED_LICENCE_ORIGIN_LABELS[r.origin]}>
            <Tag color="gold">{t(`${k}.external`)}</Tag>
          </Tooltip>
        </Flex>
      ),
    },
    ...(mayRecord
      ? [
          {
            title: t(`${k}.actions`),
            key: 'actions',
            render: (_: unknown, r: RecordedLicence) => (
              <Button size="small" onClick={() => setRecording({ editing: r })}>
                {t(`${k}.correct`)}
              </Button>
            ),
          },
        ]
      : []),
  ];
  const data: EnterpriseRegister | undefined = register.data;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t(`${k}.issued`)}
      </Typography.Title>
      <Table<Licence>
        rowKey="id"
        size="small"
        loading={register.isPending}
        columns={issuedColumns}
        dataSource={data?.issued ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(`${k}.noneIssued`) }}
        data-testid="register-issued"
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 24 }} wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t(`${k}.recorded`)}
        </Typography.Title>
        {mayRecord && (
          <Button icon={<PlusOutlined />} onClick={() => setRecording({})}>
            {t(`${k}.record`)}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t(`${k}.recordedHint`)}
      </Typography.Paragraph>
      <Table<RecordedLicence>
        rowKey="id"
        size="small"
        loading={register.isPending}
        columns={recordedColumns}
        dataSource={data?.recorded ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(`${k}.noneRecorded`) }}
        data-testid="register-recorded"
      />
      {recording && <RecordLicenceModal enterpriseId={enterpriseId} editing={recording.editing} onClose={() => setRecording(null)} />}
    </>
  );
}

type Values = { kind: string; licenceNo: string; issuer: string; validFrom?: Dayjs | null; validTo?: Dayjs | null; scope?: string; reason?: string };

const day = (d: string | null) => (d ? dayjs(d) : null);

function RecordLicenceModal({ enterpriseId, editing, onClose }: { enterpriseId: string; editing?: RecordedLicence; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const run = useMutation({
    mutationFn: (v: Values) => {
      const fields = {
        kind: v.kind.trim(),
        licenceNo: v.licenceNo.trim(),
        issuer: v.issuer.trim(),
        validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : null,
        validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
        scope: v.scope?.trim() || null,
      };
      return editing
        ? api<RecordedLicence>(`/api/licensing/recorded-licences/${editing.id}/correct`, {
            method: 'POST',
            body: { version: editing.version, ...fields, reason: v.reason?.trim() ?? '' },
          })
        : api<RecordedLicence>('/api/licensing/recorded-licences', { method: 'POST', body: { enterpriseId, ...fields } });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['licensing', 'register', enterpriseId] }),
  });
  const title = t(editing ? `${k}.correctTitle` : `${k}.record`);
  const submit = useConfirmedSubmit(form, { title, done: t(editing ? `${k}.correctedDone` : `${k}.recordedDone`), onDone: onClose });
  const initial: Partial<Values> | undefined = editing && {
    kind: editing.kind,
    licenceNo: editing.licenceNo,
    issuer: editing.issuer ?? '',
    validFrom: day(editing.validFrom),
    validTo: day(editing.validTo),
    scope: editing.scope ?? '',
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={t('common.ok')} cancelText={t('common.cancel')}>
      <Typography.Paragraph type="secondary">{t(editing ? `${k}.correctIntro` : `${k}.recordIntro`)}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="recordLicence"
        initialValues={initial}
        onFinish={(v) => submit.confirmThenSend(t(editing ? `${k}.correctConfirm` : `${k}.confirm`), () => run.mutateAsync(v))}
      >
        <Form.Item name="kind" label={t('licensing.licences.name')} rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}>
          <Input placeholder={t(`${k}.kindExample`)} maxLength={60} />
        </Form.Item>
        <Form.Item name="licenceNo" label={t('licensing.licences.licenceNo')} rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="issuer" label={t('licensing.licences.issuer')} rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}>
          <Input placeholder={t(`${k}.issuerExample`)} maxLength={60} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="validFrom" label={t(`${k}.validFrom`)}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="validTo" label={t('licensing.licences.validTo')}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item name="scope" label={t('licensing.licences.scope')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {editing && (
          <Form.Item name="reason" label={t(`${k}.reason`)} rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}>
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
