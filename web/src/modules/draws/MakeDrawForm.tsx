import { Alert, App, Button, Form, Input, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportError, WorkingAlert } from '../../app/feedback';
import { useMakeDraw, type DrawDetail } from './api';
import { beijingText } from './labels';

/** 录入随机源并抽取: the beacon value, written exactly in the announced format, with the draw's version. */
export function MakeDrawForm({ draw: d }: { draw: DrawDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ beacon: string }>();
  const make = useMakeDraw();
  const reportError = useReportError();
  const format = d.beaconFormat;

  async function submit() {
    try {
      const { beacon } = await form.validateFields();
      await make.mutateAsync({ id: d.id, beacon, version: d.version });
      void message.success(t('common.done', { what: t('draws.drawSubmit') }));
    } catch (error) {
      if (!(error && typeof error === 'object' && 'errorFields' in error)) reportError(error, form);
    }
  }

  return (
    <section aria-labelledby="draw-form-title">
      <h2 id="draw-form-title" style={{ fontSize: 16 }}>
        {t('draws.drawFormTitle')}
      </h2>
      <Alert type="info" showIcon title={t('draws.drawFormExplain', { expectedAt: beijingText(t, d.beaconExpectedAt) })} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item
          name="beacon"
          label={`${t('draws.beaconValue')}（${d.beaconSource}）`}
          extra={format ? t('draws.beaconValueHint', { format }) : undefined}
          rules={[{ required: true, whitespace: true, message: t('draws.required', { field: t('draws.beaconValue') }) }]}
        >
          <Input maxLength={200} data-testid="beacon-input" />
        </Form.Item>
        <Popconfirm title={t('draws.drawConfirm')} onConfirm={() => void submit()} okText={t('common.ok')} cancelText={t('common.cancel')}>
          <Button type="primary" loading={make.isPending} data-testid="draw-submit">
            {t('draws.drawSubmit')}
          </Button>
        </Popconfirm>
      </Form>
      {make.isPending && (
        <div style={{ marginTop: 16 }}>
          <WorkingAlert title={t('draws.drawing')} hint={t('draws.drawingHint')} />
        </div>
      )}
    </section>
  );
}
