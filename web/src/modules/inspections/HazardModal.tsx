import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../app/feedback';
import { useAddHazard, type HazardIn } from './api';
import { DateInput } from '../../app/DateInput';

interface Props {
  recordId: string;
  checkItemCode: string;
  /** The checklist item's own major-hazard criterion, if it names one. */
  majorHazardCode?: string;
  onClose: () => void;
}

interface Values extends Omit<HazardIn, 'checkItemCode' | 'majorHazardCode'> {
  grade: 'general' | 'major';
  majorHazardCode?: string;
}

/** A hazard found at an item marked 存在隐患; a major one names its 判定情形, which sets the grade on the server. */
export function HazardModal({ recordId, checkItemCode, majorHazardCode, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const reportError = useReportError();
  const add = useAddHazard();
  const grade = Form.useWatch('grade', form);

  function submit(v: Values) {
    const body: HazardIn = {
      checkItemCode,
      description: v.description,
      location: v.location ?? '',
      measures: v.measures,
      deadline: v.deadline,
      responsiblePerson: v.responsiblePerson,
      ...(v.grade === 'major' && v.majorHazardCode ? { majorHazardCode: v.majorHazardCode } : {}),
    };
    add.mutate({ recordId, body }, { onSuccess: onClose, onError: (e) => reportError(e, form) });
  }

  return (
    <Modal
      open
      title={t('inspections.hazardTitle', { code: checkItemCode })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      okText={t('inspections.addHazard')}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{ grade: majorHazardCode ? 'major' : 'general', majorHazardCode, location: '' }}
        data-testid="hazard-form"
      >
        <Form.Item name="description" label={t('inspections.description')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="location" label={t('inspections.location')}>
          <Input />
        </Form.Item>
        <Form.Item name="grade" label={t('inspections.grade')}>
          <Radio.Group optionType="button" options={(['general', 'major'] as const).map((g) => ({ value: g, label: t(`inspections.grades.${g}`) }))} />
        </Form.Item>
        {grade === 'major' && (
          <Form.Item name="majorHazardCode" label={t('inspections.majorHazardCode')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="measures" label={t('inspections.measures')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="deadline" label={t('inspections.deadline')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="responsiblePerson" label={t('inspections.responsiblePerson')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
