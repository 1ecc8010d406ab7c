import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { useChecklists } from '../catalogue/lists-api';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { enumOptions } from '../registry/labels';
import { useSaveMatter, type Matter, type TargetFilter } from './api';
import { STRATA_BY, strataLabel } from './labels';

interface Values {
  orgId: string;
  code: string;
  name: string;
  legalBasis: string;
  checklistCode: string;
  /** Shown as a percentage; stored in 千分比 (ratioPermille). */
  ratioPercent: number;
  frequency: string;
  regionPrefix?: string;
  industryPrefix?: string;
  riskGrades?: TargetFilter['riskGrades'];
  keyCategories?: TargetFilter['keyCategories'];
  strataBy: Matter['strataBy'];
  active: boolean;
}

function toValues(m: Matter): Values {
  return { ...m, ...m.targetFilter, ratioPercent: m.ratioPermille / 10 };
}

/** Empty filter fields are left out, so "no filter" is stored as no key rather than an empty string. */
function toFilter(v: Values): TargetFilter {
  const f: TargetFilter = {};
  if (v.regionPrefix?.trim()) f.regionPrefix = v.regionPrefix.trim();
  if (v.industryPrefix?.trim()) f.industryPrefix = v.industryPrefix.trim().toUpperCase();
  if (v.riskGrades?.length) f.riskGrades = v.riskGrades;
  if (v.keyCategories?.length) f.keyCategories = v.keyCategories;
  return f;
}

export function MatterFormModal({ matter, onClose }: { matter?: Matter; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const orgId = Form.useWatch('orgId', form) ?? matter?.orgId ?? user.orgId;
  const checklists = useChecklists(orgId);
  const save = useSaveMatter();
  const reportError = useReportError();
  const required = (field: string) => [{ required: true, message: t('draws.required', { field }) }];

  async function submit(v: Values) {
    const common = {
      name: v.name,
      legalBasis: v.legalBasis,
      checklistCode: v.checklistCode,
      ratioPermille: Math.round(v.ratioPercent * 10),
      frequency: v.frequency,
      targetFilter: toFilter(v),
      strataBy: v.strataBy,
      active: v.active,
    };
    try {
      await save.mutateAsync(matter ? { id: matter.id, body: { ...common, version: matter.version } } : { body: { ...common, orgId: v.orgId, code: v.code } });
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <Modal
      open
      title={matter ? t('draws.editMatter') : t('draws.addMatter')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={matter ? toValues(matter) : { orgId: user.orgId, ratioPercent: 5, strataBy: 'none', active: true, frequency: '每年一次' }}
        onFinish={(v) => void submit(v)}
      >
        {matter ? (
          <Form.Item label={t('draws.org')}>{matter.orgName}</Form.Item>
        ) : (
          <Form.Item name="orgId" label={t('draws.org')} rules={required(t('draws.org'))}>
            <OrgTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="code" label={t('draws.code')} rules={required(t('draws.code'))}>
          <Input maxLength={32} disabled={matter !== undefined} />
        </Form.Item>
        <Form.Item name="name" label={t('draws.matter')} rules={[...required(t('draws.matter')), { min: 2, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('draws.legalBasis')} rules={[...required(t('draws.legalBasis')), { min: 2, max: 500 }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="checklistCode" label={t('draws.checklist')} rules={required(t('draws.checklist'))}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={checklists.isFetching}
            options={(checklists.data ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }))}
          />
        </Form.Item>
        <Form.Item name="ratioPercent" label={t('draws.ratio')} extra={t('draws.ratioHint')} rules={required(t('draws.ratio'))}>
          <InputNumber<number> min={0.1} max={100} step={0.5} precision={1} suffix="%" />
        </Form.Item>
        <Form.Item name="frequency" label={t('draws.frequency')} rules={required(t('draws.frequency'))}>
          <Input maxLength={50} />
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{t('draws.target')}</legend>
          <Form.Item
            name="regionPrefix"
            label={t('draws.regionPrefix')}
            extra={t('draws.regionPrefixHint')}
            rules={[{ pattern: /^\d{2,12}$/, message: t('draws.regionPrefixHint') }]}
          >
            <Input maxLength={12} inputMode="numeric" />
          </Form.Item>
          <Form.Item
            name="industryPrefix"
            label={t('draws.industryPrefix')}
            extra={t('draws.industryPrefixHint')}
            rules={[{ pattern: /^[A-Ta-t]?\d{0,4}$/, message: t('draws.industryPrefixHint') }]}
          >
            <Input maxLength={5} />
          </Form.Item>
          <Form.Item name="riskGrades" label={t('draws.riskGrades')}>
            <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={enumOptions(t, 'riskGrade')} />
          </Form.Item>
          <Form.Item name="keyCategories" label={t('draws.keyCategories')}>
            <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={enumOptions(t, 'keyCategory')} />
          </Form.Item>
        </fieldset>
        <Form.Item name="strataBy" label={t('draws.strataBy')} rules={required(t('draws.strataBy'))}>
          <Select options={STRATA_BY.map((s) => ({ value: s, label: strataLabel(t, s) }))} />
        </Form.Item>
        <Form.Item name="active" label={t('draws.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
