import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HAZARD_GRADES } from '../../../../src/modules/inspections/codes';
import { chinaToday } from '../../app/format';
import { useReportError } from '../../app/feedback';
import { useSelfReport, type SelfReportIn } from './api';
import { DateInput } from '../../app/DateInput';

type Values = Omit<SelfReportIn, 'enterpriseId' | 'majorHazardCode'>;

/**
 * 上报自查隐患 (企业自查自纠), for a phone: large controls, a confirmation before it is sent (a
 * report is not withdrawn) and the server's refusals shown on their fields.
 */
export function SelfReportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const grade = Form.useWatch('grade', form);
  const reportError = useReportError();
  const report = useSelfReport();

  function submit(v: Values) {
    modal.confirm({
      title: t('inspections.selfReport.confirmTitle'),
      content: t('inspections.selfReport.confirm'),
      okText: t('inspections.selfReport.confirmTitle'),
      onOk: () =>
        report.mutateAsync(v).then(
          () => {
            void message.success(t('inspections.selfReport.done'));
            onClose();
          },
          (e) => reportError(e, form),
        ),
    });
  }

  return (
    <Modal
      open
      title={t('inspections.selfReport.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspections.selfReport.button')}
      okButtonProps={{ size: 'large', 'data-testid': 'self-report-submit' }}
      cancelButtonProps={{ size: 'large' }}
      confirmLoading={report.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('inspections.selfReport.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" size="large" name="selfReport" initialValues={{ grade: 'general' }} onFinish={submit}>
        <Form.Item
          name="description"
          label={t('inspections.description')}
          extra={t('inspections.selfReport.descriptionHint')}
          rules={[{ required: true, min: 2, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="location"
          label={t('inspections.location')}
          extra={t('inspections.selfReport.locationHint')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="grade" label={t('inspections.grade')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={HAZARD_GRADES.map((g) => ({ value: g, label: t(`inspections.grades.${g}`) }))} />
        </Form.Item>
        {grade === 'major' && <Alert type="warning" showIcon title={t('inspections.selfReport.majorNote')} style={{ marginBottom: 16 }} />}
        <Form.Item name="measures" label={t('inspections.selfReport.measures')} rules={[{ required: true, min: 2, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="deadline" label={t('inspections.selfReport.deadline')} rules={[{ required: true }]}>
          <DateInput min={chinaToday()} />
        </Form.Item>
        <Form.Item name="responsiblePerson" label={t('inspections.responsiblePerson')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
