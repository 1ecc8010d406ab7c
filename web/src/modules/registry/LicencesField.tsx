import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { licence } from '../../../../src/modules/registry/contract';
import { textRules } from './formRules';
import { DATE } from './formValues';
import { RepeatedRows } from './RepeatedRows';

export function LicencesField() {
  const { t } = useTranslation();
  return (
    <RepeatedRows
      name="licences"
      title={t('enterpriseFields.licences')}
      addLabel={t('enterpriseForm.addLicence')}
      removeLabel={(index) => t('enterpriseForm.removeLicence', { index })}
      empty={{ kind: '', number: '', validTo: null }}
      row={(name) => (
        <>
          <Form.Item name={[name, 'kind']} label={t('enterpriseForm.licenceKind')} rules={textRules(t, t('enterpriseForm.licenceKind'), licence.shape.kind)}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name={[name, 'number']}
            label={t('enterpriseForm.licenceNumber')}
            rules={textRules(t, t('enterpriseForm.licenceNumber'), licence.shape.number)}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name={[name, 'validTo']} label={t('enterpriseForm.licenceValidTo')}>
            <DatePicker format={DATE} placeholder={t('enterpriseForm.noExpiry')} />
          </Form.Item>
        </>
      )}
    />
  );
}
