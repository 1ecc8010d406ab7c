import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { licence } from '../../../../src/modules/registry/contract';
import { textRules } from './formRules';
import { DATE, MAX_LIST } from './formValues';


export function LicencesField() {
  const { t } = useTranslation();
  return (
    <Form.List name="licences">
      {(fields, { add, remove }) => (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('enterpriseFields.licences')}
          </Typography.Title>
          {fields.map(({ key, name }) => (
            <Flex key={key} gap={8} align="baseline" wrap>
              <Form.Item
                name={[name, 'kind']}
                label={t('enterpriseForm.licenceKind')}
                rules={textRules(t, t('enterpriseForm.licenceKind'), licence.shape.kind)}
              >
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
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('enterpriseForm.removeLicence', { index: name + 1 })}
                onClick={() => remove(name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_LIST}
            onClick={() => add({ kind: '', number: '', validTo: null })}
            style={{ marginBottom: 16 }}
          >
            {t('enterpriseForm.addLicence')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
