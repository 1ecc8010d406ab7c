import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useAddCredential, type Person } from './api';

interface Props {
  person: Person;
  onClose: () => void;
}

interface CredentialForm {
  number: string;
  issuer: string;
  scope: string;
  validFrom: Dayjs;
  validTo: Dayjs;
}

const DATE = 'YYYY-MM-DD';

export function AddCredentialModal({ person, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<CredentialForm>();
  const addCredential = useAddCredential();

  async function onFinish(values: CredentialForm) {
    try {
      await addCredential.mutateAsync({
        personId: person.id,
        body: {
          number: values.number.trim(),
          issuer: values.issuer.trim(),
          scope: values.scope.trim(),
          validFrom: values.validFrom.format(DATE),
          validTo: values.validTo.format(DATE),
        },
      });
      void message.success(t('people.credentialAdded'));
      onClose();
    } catch (error) {
      reportError(error, form);
    }
  }

  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];

  return (
    <Modal
      open
      title={t('people.addCredentialFor', { name: person.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={addCredential.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} name="addCredential" layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="number" label={t('people.credentialNumber')} rules={required(t('people.numberRequired'))}>
          <Input />
        </Form.Item>
        <Form.Item name="issuer" label={t('people.issuer')} rules={required(t('people.issuerRequired'))}>
          <Input />
        </Form.Item>
        <Form.Item name="scope" label={t('people.scope')} rules={required(t('people.scopeRequired'))}>
          <Input />
        </Form.Item>
        <Form.Item name="validFrom" label={t('people.validFrom')} rules={[{ required: true, message: t('people.validFromRequired') }]}>
          <DatePicker format={DATE} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="validTo"
          label={t('people.validTo')}
          dependencies={['validFrom']}
          rules={[
            { required: true, message: t('people.validToRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | undefined) => {
                const from = getFieldValue('validFrom') as Dayjs | undefined;
                return !value || !from || !value.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('people.validToBeforeFrom')));
              },
            }),
          ]}
        >
          <DatePicker format={DATE} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
