import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { contact } from '../../../../src/modules/registry/contract';
import { schemaRule, textRules } from './formRules';
import { MAX_LIST } from './formValues';


export function ContactsField() {
  const { t } = useTranslation();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('enterpriseFields.contacts')}
          </Typography.Title>
          {fields.map(({ key, name }) => (
            <Flex key={key} gap={8} align="baseline" wrap>
              <Form.Item
                name={[name, 'name']}
                label={t('enterpriseForm.contactName')}
                rules={textRules(t, t('enterpriseForm.contactName'), contact.shape.name)}
              >
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
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('enterpriseForm.removeContact', { index: name + 1 })}
                onClick={() => remove(name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_LIST}
            onClick={() => add({ name: '', phone: '', title: '' })}
          >
            {t('enterpriseForm.addContact')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
