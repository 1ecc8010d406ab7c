import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorText } from '../../app/api';
import { useUser } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { usePeople } from '../people/api';
import type { CaseDetail } from './api';

const ROLES = ['legalRepresentative', 'safetyManager', 'employee', 'witness', 'party', 'other'] as const;
type Row = CaseDetail['interviews'][number];
interface Values {
  intervieweeName: string;
  intervieweeRole: (typeof ROLES)[number];
  intervieweeIdNumber?: string;
  startedAt: string;
  endedAt: string;
  place: string;
  officerIds: string[];
  qa: { q: string; a: string }[];
}

const instrumentUrl = (id: string, index: number, format: 'pdf' | 'docx') =>
  `/api/cases/${encodeURIComponent(id)}/instruments/interview?format=${format}&index=${index}`;

/** 询问笔录: those recorded on the case, and the form for a new one while it is under investigation. */
export function CaseInterviewsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  // Only the case's investigators may interview (the server checks again).
  const mayRecord = detail.state === 'investigating' && detail.investigatorIds.includes(user.id);
  if (!mayRecord && detail.interviews.length === 0) return null;
  return (
    <Card
      title={t('cases.interviews.title')}
      style={{ marginBottom: 16 }}
      data-testid="case-interviews"
      extra={mayRecord && <Button onClick={() => setOpen(true)}>{t('cases.interviews.add')}</Button>}
    >
      <Table<Row & { index: number }>
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={detail.interviews.map((i, index) => ({ ...i, index }))}
        columns={[
          { title: t('cases.interviews.number'), dataIndex: 'number', key: 'number' },
          { title: t('cases.interviews.interviewee'), dataIndex: 'intervieweeName', key: 'name' },
          {
            title: t('cases.interviews.role'),
            dataIndex: 'intervieweeRole',
            key: 'role',
            render: (r: string) => t(`cases.interviews.roles.${r as 'witness'}`),
          },
          { title: t('cases.interviews.startedAt'), dataIndex: 'startedAt', key: 'startedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('cases.interviews.download'),
            key: 'download',
            render: (_: unknown, r) => (
              <Space>
                <a href={instrumentUrl(detail.id, r.index, 'pdf')}>PDF</a>
                <a href={instrumentUrl(detail.id, r.index, 'docx')}>DOCX</a>
              </Space>
            ),
          },
        ]}
      />
      {open && <InterviewModal detail={detail} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function InterviewModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const people = usePeople({ orgId: detail.orgId }, 1, 100);
  const nameOf = (id: string) => people.data?.items.find((p) => p.id === id)?.displayName ?? id;
  const officers = detail.investigatorIds.map((id) => ({ value: id, label: nameOf(id) }));
  const initialOfficers = [user.id, ...detail.investigatorIds.filter((id) => id !== user.id)].slice(0, 2);

  async function submit(v: Values) {
    setError(null);
    setSaving(true);
    try {
      const iso = (s: string) => new Date(s).toISOString();
      await api(`/api/cases/${encodeURIComponent(detail.id)}/interviews`, {
        method: 'POST',
        body: {
          ...v,
          intervieweeIdNumber: v.intervieweeIdNumber?.trim() || undefined,
          startedAt: iso(v.startedAt),
          endedAt: iso(v.endedAt),
          version: detail.version,
        },
      });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  const required = [{ required: true, message: t('cases.interviews.required') }];
  return (
    <Modal
      open
      width={720}
      title={t('cases.interviews.add')}
      okText={t('cases.confirm')}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {error !== null && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={errorText(error)} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ intervieweeRole: 'legalRepresentative', officerIds: initialOfficers, qa: [{ q: '', a: '' }] }}
      >
        <Space wrap>
          <Form.Item name="intervieweeName" label={t('cases.interviews.interviewee')} rules={required}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="intervieweeRole" label={t('cases.interviews.role')} rules={required}>
            <Select style={{ width: 160 }} options={ROLES.map((r) => ({ value: r, label: t(`cases.interviews.roles.${r}`) }))} />
          </Form.Item>
          <Form.Item name="intervieweeIdNumber" label={t('cases.interviews.idNumber')}>
            <Input maxLength={30} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="startedAt" label={t('cases.interviews.startedAt')} rules={required}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="endedAt" label={t('cases.interviews.endedAt')} rules={required}>
            <Input type="datetime-local" />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('cases.interviews.place')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="officerIds"
          label={t('cases.interviews.officers')}
          rules={[...required, { type: 'array', len: 2, message: t('cases.interviews.twoOfficers') }]}
        >
          <Select mode="multiple" options={officers} />
        </Form.Item>
        <Form.List name="qa">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, n) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={t('cases.interviews.pair', { n: n + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button type="link" onClick={() => remove(f.name)}>
                        {t('cases.interviews.remove')}
                      </Button>
                    )
                  }
                >
                  <Form.Item name={[f.name, 'q']} label={t('cases.interviews.question')} rules={required}>
                    <Input.TextArea autoSize maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'a']} label={t('cases.interviews.answer')} rules={required}>
                    <Input.TextArea autoSize maxLength={5000} />
                  </Form.Item>
                </Card>
              ))}
              <Button onClick={() => add({ q: '', a: '' })}>{t('cases.interviews.addPair')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
