import { Form, type FormInstance, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIP_KINDS, type TipIn } from '../../../../src/modules/tips/contract';
import { useSubjects } from '../../portal/api';

/** What a tip form holds: the tip's fields, and who tipped as a switch and two fields. */
export type TipValues = Omit<TipIn, 'identity'> & { anonymous: boolean; name?: string; phone?: string };

/** The tip as the API takes it: the identity null when anonymous. */
export const tipBody = (v: TipValues): TipIn => ({
  kind: v.kind,
  regionCode: v.regionCode,
  subjectName: v.subjectName,
  address: v.address || undefined,
  content: v.content,
  identity: v.anonymous ? null : { name: v.name ?? '', phone: v.phone ?? '' },
});

/** The fields of a tip, the same on the portal and in the bureau's record form. */
export function TipFields<V extends TipValues>({ form }: { form: FormInstance<V> }) {
  const { t } = useTranslation();
  const subjects = useSubjects();
  const anonymous = Form.useWatch('anonymous', form as FormInstance<TipValues>);
  return (
    <>
      <Form.Item name="kind" label={t('tips.kind')} rules={[{ required: true }]}>
        <Select options={TIP_KINDS.map((k) => ({ value: k, label: t(`tips.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('tips.region')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={subjects.isLoading}
          options={(subjects.data ?? []).map((s) => ({ value: s.regionCode, label: s.name }))}
        />
      </Form.Item>
      <Form.Item name="subjectName" label={t('tips.subject')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="address" label={t('tips.address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label={t('tips.content')} rules={[{ required: true }]}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="anonymous" label={t('tips.isAnonymous')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {!anonymous && (
        <>
          <Form.Item name="name" label={t('tips.name')} rules={[{ required: true }]}>
            <Input maxLength={30} autoComplete="name" />
          </Form.Item>
          <Form.Item name="phone" label={t('tips.phone')} rules={[{ required: true }]}>
            <Input maxLength={20} autoComplete="tel" />
          </Form.Item>
        </>
      )}
    </>
  );
}
