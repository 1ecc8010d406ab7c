import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { LicenceNumbersField } from './LicenceNumbersField';
import { useTranslation } from 'react-i18next';
import { EVENT_INPUTS } from '../../../../src/modules/cases/contract';
import { PENALTY_MEASURES, type WaivableRight } from '../../../../src/modules/cases/workflow/facts';
import { NO_PENALTY_GROUND_NAMES, type NoPenaltyGround } from '../../../../src/modules/cases/workflow/no-penalty-grounds';
import type { CaseEventName } from '../../../../src/modules/cases/workflow/machine';
import { ApiError, errorText } from '../../app/api';
import { usePeople } from '../people/api';
import { useFireEvent, type CaseDetail, type EventPayload } from './api';
import { WaiverFields } from './WaiverFields';
import { DateInput } from '../../app/DateInput';

const FLAGS = ['majorPublicInterest', 'complexCase', 'lawRequiresLegalReview', 'seriousOrComplex'] as const;
const DATES = ['servedOn', 'waivedOn', 'hearingOn', 'newPaymentDueOn', 'paidOn', 'remindedOn'] as const;
const SERVICE_METHODS = ['direct', 'leftAtAddress', 'mail', 'electronic', 'entrusted', 'announcement'] as const;
const HARM = ['none', 'slight', 'harmful', 'serious'] as const;

interface Values {
  opinion?: string;
  measures?: (typeof PENALTY_MEASURES)[number][];
  licenceNumbers?: string[];
  fineYuan?: number;
  confiscationYuan?: number;
  harmCaused?: (typeof HARM)[number];
  benchmarkDeviationReasons?: string;
  flags?: (typeof FLAGS)[number][];
  serviceMethod?: (typeof SERVICE_METHODS)[number];
  hearingChairId?: string;
  paidYuan?: number;
  extensionDays?: number;
  receivingAuthority?: string;
  noPenaltyGround?: NoPenaltyGround;
  waives?: WaivableRight[];
  waiverSigner?: string;
  waiverImage?: string;
  waivedOn?: string;
  servedOn?: string;
  hearingOn?: string;
  newPaymentDueOn?: string;
  paidOn?: string;
  remindedOn?: string;
}

/** Builds the payload the event takes (contract EVENT_INPUTS) from the form. */
function payloadOf(keys: Set<string>, v: Values): EventPayload {
  const p: EventPayload = {};
  if (v.opinion?.trim()) p.opinion = v.opinion;
  if (keys.has('penalty')) {
    const revoked = v.measures?.includes('revokeLicence') ? v.licenceNumbers?.map((n) => n.trim()).filter(Boolean) : undefined;
    p.penalty = {
      measures: v.measures ?? [],
      fineYuan: v.fineYuan ?? 0,
      confiscationYuan: v.confiscationYuan ?? 0,
      ...(revoked?.length ? { licenceNumbers: revoked } : {}),
    };
  }
  if (keys.has('discretionFacts') && v.harmCaused) p.discretionFacts = { harmCaused: v.harmCaused };
  if (keys.has('benchmarkDeviationReasons') && v.benchmarkDeviationReasons?.trim()) p.benchmarkDeviationReasons = v.benchmarkDeviationReasons;
  for (const f of FLAGS) if (keys.has(f)) p[f] = v.flags?.includes(f) ?? false;
  for (const d of DATES) if (keys.has(d) && v[d]) p[d] = v[d];
  if (keys.has('serviceMethod')) p.serviceMethod = v.serviceMethod;
  if (keys.has('hearingChairId')) p.hearingChairId = v.hearingChairId;
  if (keys.has('paidYuan')) p.paidYuan = v.paidYuan;
  if (keys.has('extensionDays')) p.extensionDays = v.extensionDays;
  if (keys.has('receivingAuthority') && v.receivingAuthority?.trim()) p.receivingAuthority = v.receivingAuthority;
  if (keys.has('noPenaltyGround') && v.noPenaltyGround) p.noPenaltyGround = v.noPenaltyGround;
  if (keys.has('waives')) Object.assign(p, { waives: v.waives, waiverSigner: v.waiverSigner, waiverImage: v.waiverImage });
  return p;
}

export function EventModal({ detail, event, name, onClose }: { detail: CaseDetail; event: CaseEventName; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fire = useFireEvent(detail.id);
  const [error, setError] = useState<unknown>(null);
  const [required, optional] = EVENT_INPUTS[event];
  const keys = new Set<string>([...required, ...optional]);
  const needs = (k: string) => required.includes(k as never);
  const people = usePeople({ orgId: detail.orgId }, 1, 100, keys.has('hearingChairId'));

  async function submit(values: Values) {
    setError(null);
    try {
      await fire.mutateAsync({ event, version: detail.version, payload: payloadOf(keys, values) });
      void message.success(t('common.done', { what: name }));
      onClose();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal open title={name} okText={t('cases.confirm')} onOk={() => form.submit()} confirmLoading={fire.isPending} onCancel={onClose} destroyOnHidden>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorText(error)}
          description={error instanceof ApiError && error.article ? t('cases.article', { article: error.article }) : undefined}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        {keys.has('penalty') && (
          <>
            <Form.Item name="measures" label={t('cases.measures')} rules={[{ required: true, message: t('cases.measuresRequired') }]}>
              <Select mode="multiple" optionFilterProp="label" options={PENALTY_MEASURES.map((m) => ({ value: m, label: t(`cases.measureNames.${m}`) }))} />
            </Form.Item>
            <LicenceNumbersField enterpriseId={detail.enterpriseId} />
            <Form.Item name="fineYuan" label={t('cases.fineYuan')}>
              <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="harmCaused" label={t('cases.harmCaused')}>
              <Select allowClear options={HARM.map((h) => ({ value: h, label: t(`cases.harm.${h}`) }))} />
            </Form.Item>
            <Form.Item name="benchmarkDeviationReasons" label={t('cases.deviationReasons')}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
            <Form.Item name="flags" label={t('cases.flags')}>
              <Checkbox.Group options={FLAGS.map((f) => ({ value: f, label: t(`cases.flagNames.${f}`) }))} />
            </Form.Item>
          </>
        )}
        {keys.has('waives') && <WaiverFields detail={detail} form={form} />}
        {keys.has('serviceMethod') && (
          <Form.Item name="serviceMethod" label={t('cases.serviceMethod')} rules={[{ required: true, message: t('cases.fieldRequired') }]}>
            <Select options={SERVICE_METHODS.map((m) => ({ value: m, label: t(`cases.serviceMethods.${m}`) }))} />
          </Form.Item>
        )}
        {keys.has('hearingChairId') && (
          <Form.Item name="hearingChairId" label={t('cases.hearingChair')} rules={[{ required: true, message: t('cases.fieldRequired') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={people.isFetching}
              options={(people.data?.items ?? [])
                .filter((p) => !detail.investigatorIds.includes(p.id))
                .map((p) => ({ value: p.id, label: `${p.displayName}（${p.orgName}）` }))}
            />
          </Form.Item>
        )}
        {keys.has('paidYuan') && (
          <Form.Item name="paidYuan" label={t('cases.paidYuan')} rules={[{ required: true, message: t('cases.fieldRequired') }]}>
            <InputNumber<number> min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {keys.has('extensionDays') && (
          <Form.Item name="extensionDays" label={t('cases.extensionDays')} rules={[{ required: true, message: t('cases.fieldRequired') }]}>
            <InputNumber<number> min={1} max={90} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {keys.has('noPenaltyGround') && (
          <Form.Item name="noPenaltyGround" label={t('cases.noPenaltyGround')} rules={[{ required: true, message: t('cases.fieldRequired') }]}>
            <Select options={NO_PENALTY_GROUND_NAMES.map((g) => ({ value: g, label: t(`cases.noPenaltyGrounds.${g}`) }))} />
          </Form.Item>
        )}
        {keys.has('receivingAuthority') && (
          <Form.Item name="receivingAuthority" label={t('cases.receivingAuthority')}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {DATES.filter((d) => keys.has(d)).map((d) => (
          <Form.Item key={d} name={d} label={t(`cases.dates.${d}`)} rules={needs(d) ? [{ required: true, message: t('cases.fieldRequired') }] : []}>
            <DateInput />
          </Form.Item>
        ))}
        <Form.Item
          name="opinion"
          label={t('cases.opinion')}
          rules={needs('opinion') ? [{ required: true, whitespace: true, message: t('cases.opinionRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
