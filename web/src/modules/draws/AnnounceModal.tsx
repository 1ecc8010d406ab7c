import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { usePlans } from '../plans/api';
import { useAnnounceDraw, useMatters, type DrawDetail } from './api';
import { ratioText } from './labels';
import { chinaToday } from '../../app/format';

interface Values {
  matterId: string;
  planId?: string;
  name: string;
  drawDate: Dayjs;
  total?: number | null;
  excludeInspectedWithinMonths?: number | null;
  perEnterprise: number;
  repeatRecusalMonths: number;
  teamDistinctOrgs: boolean;
  weightCreditListed?: number | null;
  weightHighRisk?: number | null;
  beaconSource: string;
  beaconExpectedAt: Dayjs;
  beaconFormat: string;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');
// The officer types the time the lottery states, in Beijing time, whatever the browser's zone.
const beijingInstant = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

export function AnnounceModal({ onClose, onAnnounced }: { onClose: () => void; onAnnounced: (d: DrawDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const matters = useMatters();
  const user = useUser();
  // A draw works to a plan that has been approved (plans/rules.ts: draft → submitted → approved → published), as issuing plan tasks does.
  const plans = usePlans({}, can(user.roles, 'plan.read'));
  const planOptions = (plans.data ?? []).filter((p) => p.status === 'approved' || p.status === 'published').map((p) => ({ value: p.id, label: p.title }));
  const announce = useAnnounceDraw();
  const reportError = useReportError();
  const matterId = Form.useWatch('matterId', form);
  const matter = matters.data?.find((m) => m.id === matterId);
  const today = dayjs(chinaToday());

  async function submit(v: Values) {
    try {
      const d = await announce.mutateAsync({
        matterId: v.matterId,
        ...(v.planId ? { planId: v.planId } : {}),
        name: v.name,
        drawDate: iso(v.drawDate),
        ...(v.total ? { total: v.total } : {}),
        excludeInspectedWithinMonths: v.excludeInspectedWithinMonths ?? null,
        excludeEnterprises: [],
        perEnterprise: v.perEnterprise,
        conflicts: [],
        repeatRecusalMonths: v.repeatRecusalMonths,
        teamDistinctOrgs: v.teamDistinctOrgs,
        weights: { creditListed: v.weightCreditListed ?? 1, highRisk: v.weightHighRisk ?? 1 },
        beacon: { source: v.beaconSource, expectedAt: beijingInstant(v.beaconExpectedAt), format: v.beaconFormat },
      });
      void message.success(t('common.done', { what: t('draws.announce') }));
      onAnnounced(d);
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={t('draws.announceTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={announce.isPending}
      okText={t('draws.announce')}
      width={640}
    >
      <Alert type="info" showIcon title={t('draws.announceExplain')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          drawDate: today,
          excludeInspectedWithinMonths: 12,
          perEnterprise: 2,
          repeatRecusalMonths: 12,
          teamDistinctOrgs: false,
          weightCreditListed: 1,
          weightHighRisk: 1,
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="matterId" label={t('draws.matter')} rules={[{ required: true, message: t('draws.matterRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={matters.isFetching}
            options={(matters.data ?? []).filter((m) => m.active).map((m) => ({ value: m.id, label: `${m.code} ${m.name}` }))}
          />
        </Form.Item>
        <Form.Item name="planId" label={t('draws.plan')} extra={t('draws.planHint')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={plans.isFetching} options={planOptions} data-testid="plan-picker" />
        </Form.Item>
        <Form.Item name="name" label={t('draws.name')} rules={[{ required: true, min: 2, max: 100, message: t('draws.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="drawDate" label={t('draws.drawDate')} rules={[{ required: true, message: t('draws.required', { field: t('draws.drawDate') }) }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="total"
          label={t('draws.total')}
          extra={matter ? `${t('draws.totalHint')}（${ratioText(matter.ratioPermille)} × ${matter.poolSize ?? '?'}）` : t('draws.totalHint')}
        >
          <InputNumber<number> min={1} max={1_000_000} precision={0} />
        </Form.Item>
        <Form.Item name="excludeInspectedWithinMonths" label={t('draws.excludeMonths')} extra={t('draws.excludeMonthsHint')}>
          <InputNumber<number> min={0} max={120} precision={0} />
        </Form.Item>
        <Form.Item
          name="perEnterprise"
          label={t('draws.perEnterprise')}
          extra={t('draws.perEnterpriseHint')}
          rules={[{ required: true, type: 'number', min: 2, message: t('draws.perEnterpriseHint') }]}
        >
          <InputNumber<number> min={2} max={10} precision={0} />
        </Form.Item>
        <Form.Item
          name="repeatRecusalMonths"
          label={t('draws.repeatRecusal')}
          rules={[{ required: true, message: t('draws.required', { field: t('draws.repeatRecusal') }) }]}
        >
          <InputNumber<number> min={0} max={60} precision={0} />
        </Form.Item>
        <Form.Item name="teamDistinctOrgs" label={t('draws.distinctOrgs')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="weightCreditListed" label={t('draws.weightCreditListed')} extra={t('draws.weightHint')}>
          <InputNumber<number> min={1} max={10} precision={0} />
        </Form.Item>
        <Form.Item name="weightHighRisk" label={t('draws.weightHighRisk')}>
          <InputNumber<number> min={1} max={10} precision={0} />
        </Form.Item>
        <Form.Item
          name="beaconSource"
          label={t('draws.beaconSource')}
          extra={t('draws.beaconSourceHint')}
          rules={[{ required: true, min: 2, max: 200, message: t('draws.beaconSourceHint') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="beaconExpectedAt"
          label={t('draws.beaconExpectedAt')}
          extra={t('draws.beaconExpectedHint')}
          rules={[
            { required: true, message: t('draws.required', { field: t('draws.beaconExpectedAt') }) },
            {
              validator: (_, v: Dayjs | undefined) =>
                !v || new Date(beijingInstant(v)).getTime() > Date.now() ? Promise.resolve() : Promise.reject(new Error(t('draws.beaconExpectedHint'))),
            },
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(today)} data-testid="beacon-expected-at" />
        </Form.Item>
        <Form.Item
          name="beaconFormat"
          label={t('draws.beaconFormat')}
          extra={t('draws.beaconFormatHint')}
          rules={[{ required: true, message: t('draws.required', { field: t('draws.beaconFormat') }) }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
