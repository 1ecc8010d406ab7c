import { AutoComplete, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { enterpriseIn, industryCode, regionCode } from '../../../../src/modules/registry/contract';
import { industryLabel } from '../../../../src/modules/registry/industries';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { schemaRule, textRules, usccRules } from './formRules';
import { enumOptions, INDUSTRY_OPTIONS, type EnumKind } from './labels';

const shape = enterpriseIn.shape;
const half = { xs: 24, md: 12 };

function EnumSelect({ name, kind, required, multiple }: { name: string; kind: EnumKind; required?: boolean; multiple?: boolean }) {
  const { t } = useTranslation();
  const label = t(`enterpriseFields.${name}` as 'enterpriseFields.size');
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, message: t('enterpriseForm.choose', { field: label }) }] : []}>
      <Select mode={multiple ? 'multiple' : undefined} allowClear={multiple} options={enumOptions(t, kind)} />
    </Form.Item>
  );
}

/** The enterprise's own fields; licences and contacts are separate lists. */
export function EnterpriseFormFields({ editing }: { editing: boolean }) {
  const { t } = useTranslation();
  const f = (name: 'name' | 'legalRepresentative' | 'principalPerson' | 'address') => ({
    name,
    label: t(`enterpriseFields.${name}`),
    rules: textRules(t, t(`enterpriseFields.${name}`), shape[name]),
  });
  const industry = Form.useWatch<string | undefined>('industryCode');

  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item
          name="uscc"
          label={t('enterpriseFields.uscc')}
          extra={editing ? t('enterpriseForm.usccFixed') : undefined}
          validateTrigger={['onChange', 'onBlur']}
          validateFirst
          rules={editing ? [] : usccRules(t, t('enterpriseFields.uscc'))}
        >
          <Input disabled={editing} maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item {...f('name')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item {...f('legalRepresentative')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item {...f('principalPerson')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...f('address')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="regionCode"
          label={t('enterpriseFields.regionCode')}
          rules={[
            { required: true, whitespace: true, message: t('enterpriseForm.required', { field: t('enterpriseFields.regionCode') }) },
            schemaRule(regionCode),
          ]}
        >
          <Input maxLength={9} placeholder={t('enterpriseForm.regionPlaceholder')} inputMode="numeric" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="orgId" label={t('enterpriseFields.orgId')} extra={t('enterpriseForm.orgHint')}>
          <OrgTreeSelect allowClear />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="industryCode"
          label={t('enterpriseFields.industryCode')}
          extra={industry && industryLabel(industry) !== industry ? industryLabel(industry) : t('enterpriseForm.industryHint')}
          rules={[
            { required: true, whitespace: true, message: t('enterpriseForm.required', { field: t('enterpriseFields.industryCode') }) },
            schemaRule(industryCode),
          ]}
        >
          <AutoComplete
            options={INDUSTRY_OPTIONS}
            placeholder={t('enterpriseForm.industryPlaceholder')}
            showSearch={{
              filterOption: (input, option) =>
                String(option?.label ?? '')
                  .toUpperCase()
                  .includes(input.trim().toUpperCase()),
            }}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <EnumSelect name="size" kind="size" required />
      </Col>
      <Col {...half}>
        <EnumSelect name="riskGrade" kind="riskGrade" required />
      </Col>
      <Col {...half}>
        <EnumSelect name="standardizationGrade" kind="standardizationGrade" required />
      </Col>
      <Col {...half}>
        <EnumSelect name="status" kind="status" required />
      </Col>
      <Col {...half}>
        <EnumSelect name="keyCategories" kind="keyCategory" multiple />
      </Col>
    </Row>
  );
}
