import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, Row, Spin, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useChecklists } from '../catalogue/lists-api';
import { useCompleteRecord, useHazards, useRecord, useSaveRecord, type Record_, type SaveRecordIn } from './api';
import { ChecklistItems, tallyOf, type ChecklistEntry, type ItemValue } from './ChecklistItems';
import { EvidencePanel } from './EvidencePanel';
import { HazardModal } from './HazardModal';
import { OpenCaseButton } from '../cases/OpenCaseButton';
import { GradeTag, HazardStatusTag } from './labels';
import { RecordDocuments } from './RecordDocuments';
import { SignaturePad } from './SignaturePad';
import { formatDateTime } from '../../app/format';

interface Values {
  place: string;
  present: { name: string; position?: string }[];
  items: ItemValue[];
  findings: string;
  signerName?: string;
  refused: boolean;
  signatureRefused?: string;
}

/** The checklist's items in its order, then any answered item the checklist no longer lists. */
function entriesOf(r: Record_, checklist: ChecklistEntry[] | undefined): ChecklistEntry[] {
  const listed = checklist ?? [];
  return [...listed, ...r.items.filter((i) => !listed.some((c) => c.code === i.code))];
}

const toValues = (r: Record_, entries: ChecklistEntry[]): Values => ({
  place: r.place,
  present: r.present,
  items: entries.map(({ code }) => {
    const answered = r.items.find((i) => i.code === code);
    return { code, result: answered?.result, note: answered?.note };
  }),
  findings: r.findings,
  signerName: r.signerName ?? undefined,
  refused: !!r.signatureRefused,
  signatureRefused: r.signatureRefused ?? undefined,
});

export function RecordPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const record = useRecord(id);
  const checklists = useChecklists(record.data?.orgId ?? '', true);
  if (record.isError) return <ErrorAlert error={record.error} />;
  // Without the checklist (e.g. it failed to load) the record's own answered items still show.
  if (!record.data || (checklists.isPending && !checklists.isError)) return <Spin />;
  const checklist = checklists.data?.find((c) => c.code === record.data.checklistCode)?.items;
  // The form keeps what the officer typed across saves; each save sends the latest version.
  return <RecordForm key={record.data.id} record={record.data} entries={entriesOf(record.data, checklist)} backLabel={t('inspections.backToTasks')} />;
}

function RecordForm({ record, entries, backLabel }: { record: Record_; entries: ChecklistEntry[]; backLabel: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const save = useSaveRecord();
  const complete = useCompleteRecord();
  const hazards = useHazards({ recordId: record.id });
  const [hazardItem, setHazardItem] = useState<ChecklistEntry | null>(null);
  const [itemsError, setItemsError] = useState<string | null>(null);
  const editable = record.status === 'inProgress';
  const refused = Form.useWatch('refused', form);

  function body(extra: Partial<SaveRecordIn> = {}): SaveRecordIn {
    const v = form.getFieldsValue(true) as Values;
    return {
      version: record.version,
      place: v.place ?? '',
      present: (v.present ?? []).filter((p) => p?.name?.trim()),
      items: (v.items ?? []).flatMap((i) => (i.result ? [{ code: i.code, result: i.result, ...(i.note?.trim() ? { note: i.note.trim() } : {}) }] : [])),
      findings: v.findings ?? '',
      signerName: v.signerName?.trim() || null,
      signatureRefused: v.refused ? v.signatureRefused?.trim() || null : null,
      // Refusing withdraws any drawn signature: the server will not hold both.
      ...(v.refused ? { signaturePng: null } : {}),
      ...extra,
    };
  }

  const saveNow = async (extra?: Partial<SaveRecordIn>) => {
    const saved = await save.mutateAsync({ id: record.id, body: body(extra) });
    setItemsError(null);
    return saved;
  };

  /** A refusal about the items goes above them (the form has no single field for the list). */
  function report(e: unknown) {
    if (e instanceof ApiError && e.field?.startsWith('items')) {
      setItemsError(e.message);
      void message.error(e.message);
      return;
    }
    reportError(e, form);
  }

  async function onSave(extra?: Partial<SaveRecordIn>) {
    try {
      await saveNow(extra);
      void message.success(t('inspections.saved'));
    } catch (e) {
      report(e);
    }
  }

  /** The server registers a hazard only at an item already saved as 存在隐患. */
  async function onAddHazard(item: ChecklistEntry) {
    try {
      await saveNow();
      setHazardItem(item);
    } catch (e) {
      report(e);
    }
  }

  async function onComplete() {
    try {
      const saved = await saveNow();
      const done = await complete.mutateAsync({ id: record.id, version: saved.version });
      void message.success(t('inspections.answers.completedNumber', { number: done.number }));
    } catch (e) {
      report(e);
    }
  }

  /** Completing is final and issues the record's number: the officer confirms it first. */
  function confirmComplete() {
    const { answered, total } = tallyOf(form.getFieldValue('items') as ItemValue[] | undefined, entries.length);
    modal.confirm({
      title: t('inspections.answers.completeTitle'),
      content: t('inspections.answers.completeContent', { answered, total }),
      okText: t('inspections.answers.completeOk'),
      cancelText: t('inspections.answers.cancel'),
      onOk: () => void onComplete(),
    });
  }

  return (
    <>
      <Link to="/inspections/tasks">{backLabel}</Link>
      <PageTitle>{t('inspections.recordTitle', { name: record.enterpriseName })}</PageTitle>
      {record.status === 'completed' && <RecordDocuments record={record} hasHazards={!!hazards.data?.length} />}
      <Form<Values> form={form} layout="vertical" size="large" initialValues={toValues(record, entries)} disabled={!editable} style={{ marginTop: 16 }}>
        <Row gutter={16}>
          {/* One column on phones; two on a tablet in landscape and up. */}
          <Col xs={24} md={12}>
            <Card title={t('inspections.startedAt')} style={{ marginBottom: 16 }}>
              <Typography.Paragraph>{formatDateTime(record.startedAt)}</Typography.Paragraph>
              <Typography.Paragraph>
                {t('inspections.officers')}：{record.officers.map((o) => `${o.name}${o.credentialNo ? `（${o.credentialNo}）` : ''}`).join('、')}
              </Typography.Paragraph>
              <Form.Item name="place" label={t('inspections.place')}>
                <Input />
              </Form.Item>
              <Typography.Text strong>{t('inspections.present')}</Typography.Text>
              <Form.List name="present">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} align="baseline">
                        <Form.Item name={[f.name, 'name']} style={{ flex: 1 }}>
                          <Input placeholder={t('inspections.presentName')} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'position']} style={{ flex: 1 }}>
                          <Input placeholder={t('inspections.presentPosition')} />
                        </Form.Item>
                        {editable && <MinusCircleOutlined onClick={() => remove(f.name)} style={{ fontSize: 20, padding: 8 }} />}
                      </Flex>
                    ))}
                    {editable && (
                      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '' })} style={{ marginTop: 8 }}>
                        {t('inspections.addPresent')}
                      </Button>
                    )}
                  </>
                )}
              </Form.List>
            </Card>
            <Card title={t('inspections.checklist')} style={{ marginBottom: 16 }}>
              {record.checklistTitle && <Typography.Paragraph type="secondary">{record.checklistTitle}</Typography.Paragraph>}
              <ChecklistItems items={entries} editable={editable} error={itemsError} onAddHazard={(item) => void onAddHazard(item)} />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title={t('inspections.findings')} style={{ marginBottom: 16 }}>
              <Form.Item name="findings">
                <Input.TextArea rows={4} aria-label={t('inspections.findings')} />
              </Form.Item>
            </Card>
            <Card title={t('inspections.evidence')} style={{ marginBottom: 16 }}>
              <EvidencePanel recordId={record.id} editable={editable} />
            </Card>
            <Card title={t('inspections.hazards')} style={{ marginBottom: 16 }} data-testid="record-hazards">
              {hazards.data?.map((h) => (
                <Card key={h.id} size="small" style={{ marginBottom: 8 }}>
                  <Flex wrap gap={4} style={{ marginBottom: 4 }}>
                    <GradeTag grade={h.grade} />
                    <HazardStatusTag status={h.status} />
                    {h.checkItemCode && <Tag>{h.checkItemCode}</Tag>}
                    {record.status === 'completed' && <OpenCaseButton hazardId={h.id} />}
                  </Flex>
                  <div>{h.description}</div>
                  <Typography.Text type="secondary">
                    {t('inspections.deadline')} {h.deadline} · {t('inspections.responsiblePerson')} {h.responsiblePerson}
                  </Typography.Text>
                </Card>
              ))}
            </Card>
            <Card title={t('inspections.signature')} style={{ marginBottom: 16 }}>
              <Form.Item name="signerName" label={t('inspections.signerName')}>
                <Input />
              </Form.Item>
              {record.signed && !refused && <Tag color="green">{t('inspections.signed')}</Tag>}
              <Form.Item name="refused" label={t('inspections.refuse')} valuePropName="checked">
                <Switch data-testid="refuse-switch" />
              </Form.Item>
              {refused ? (
                <Form.Item name="signatureRefused" label={t('inspections.refusedReason')} rules={[{ required: true }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              ) : (
                editable && <SignaturePad saving={save.isPending} onSave={(png) => void onSave({ signaturePng: png, signatureRefused: null })} />
              )}
            </Card>
          </Col>
        </Row>
        {editable && (
          <Flex gap={8} wrap style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: 'inherit' }}>
            <Button size="large" onClick={() => void onSave()} loading={save.isPending && !complete.isPending} data-testid="save-record">
              {t('inspections.save')}
            </Button>
            <Button size="large" type="primary" onClick={confirmComplete} loading={complete.isPending} data-testid="complete-record">
              {t('inspections.complete')}
            </Button>
          </Flex>
        )}
      </Form>
      {hazardItem && (
        <HazardModal recordId={record.id} checkItemCode={hazardItem.code} majorHazardCode={hazardItem.majorHazardCode} onClose={() => setHazardItem(null)} />
      )}
    </>
  );
}
