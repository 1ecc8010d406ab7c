import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { contact } from '../../../../src/modules/registry/contract';
import { schemaRule, textRules } from './formRules';
import { RepeatedRows } from './RepeatedRows';

export function ContactsField() {
  const { t } = useTranslation();
  return (
    <RepeatedRows
      name="contacts"
      title={t('enterpriseFields.contacts')}
      addLabel={t('enterpriseForm.addContact')}
      removeLabel={(index) => t('enterpriseForm.removeContact', { index })}
      empty={{ name: '', phone: '', title: '' }}
      row={(name) => (
        <>
          <Form.Item name={[name, 'name']} label={t('enterpriseForm.contactName')} rules={textRules(t, t('enterpriseForm.contactName'), contact.shape.name)}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name={[name, 'phone']}
            label={t('enterpriseForm.contactPhone')}
            rules={[
              { required: true, whitespace: true, message: t('enterpriseForm.required', { field: t('enterpriseForm.contactPhone') }) },
              schemaRule(contact.shape.phone),
            ]}
          >
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Form.Item
            name={[name, 'title']}
            label={t('enterpriseForm.contactTitle')}
            rules={textRules(t, t('enterpriseForm.contactTitle'), contact.shape.title.unwrap())}
          >
            <Input maxLength={30} />
          </Form.Item>
        </>
      )}
    />
  );
}
