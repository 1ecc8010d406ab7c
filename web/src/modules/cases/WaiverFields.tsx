import { Alert, Button, Checkbox, Form, Input, Tabs, Typography, Upload, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { WAIVABLE_RIGHTS } from '../../../../src/modules/cases/workflow/facts';
import { SignaturePad } from '../inspections/SignaturePad';
import type { CaseDetail } from './api';

const MAX_BYTES = 1024 * 1024;

/** base64 of a file the officer picked, without the data: prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^;]+;base64,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/**
 * The party's written waiver (行政处罚法 第六十二条、第六十四条): which rights, the date, who signed,
 * and the signed statement — drawn on screen by the party, or a photo of the signed paper.
 */
export function WaiverFields({ detail, form }: { detail: CaseDetail; form: FormInstance }) {
  const { t } = useTranslation();
  const image = Form.useWatch('waiverImage', form) as string | undefined;
  const waived = new Set(detail.waivers.flatMap((w) => w.waives));
  // The hearing can be given up only where there is one to ask for (第六十三条): the notice set its window.
  const rights = WAIVABLE_RIGHTS.filter((r) => !waived.has(r) && (r !== 'hearing' || detail.hearingRequestEndsOn));
  const setImage = (base64: string) => form.setFieldsValue({ waiverImage: base64 });
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('cases.waiver.hint')} />
      <Form.Item name="waives" label={t('cases.waiver.rights')} rules={[{ required: true, message: t('cases.waiver.rightsRequired') }]}>
        <Checkbox.Group options={rights.map((r) => ({ value: r, label: t(`cases.waiver.rightNames.${r}`) }))} />
      </Form.Item>
      <Form.Item name="waiverSigner" label={t('cases.waiver.signer')} rules={[{ required: true, whitespace: true, message: t('cases.fieldRequired') }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="waiverImage" label={t('cases.waiver.statement')} rules={[{ required: true, message: t('cases.waiver.statementRequired') }]}>
        <Tabs
          items={[
            { key: 'draw', label: t('cases.waiver.draw'), children: <SignaturePad onSave={setImage} /> },
            {
              key: 'photo',
              label: t('cases.waiver.photo'),
              children: (
                <Upload
                  accept="image/png,image/jpeg"
                  maxCount={1}
                  showUploadList={false}
                  beforeUpload={async (file) => {
                    if (file.size > MAX_BYTES) form.setFields([{ name: 'waiverImage', errors: [t('cases.waiver.tooLarge')] }]);
                    else setImage(await readBase64(file));
                    return false;
                  }}
                >
                  <Button>{t('cases.waiver.choosePhoto')}</Button>
                </Upload>
              ),
            },
          ]}
        />
      </Form.Item>
      {image && (
        <Typography.Text type="success" data-testid="waiver-image-ready">
          {t('cases.waiver.ready')}
        </Typography.Text>
      )}
    </>
  );
}
