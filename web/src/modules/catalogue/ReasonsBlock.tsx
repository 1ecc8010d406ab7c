import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

// The clipboard API exists only on secure origins; a bureau intranet may serve plain http.
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/** The 说理 paragraph as it goes into the decision document, with a button to copy it. */
export function ReasonsBlock({ text }: { text: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  async function onCopy() {
    try {
      await copyText(text);
      void message.success(t('common.copied'));
    } catch {
      void message.error(t('errors.unknown'));
    }
  }

  return (
    <section aria-label={t('outcome.reasons')}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('outcome.reasons')}</Typography.Text>
        <Button size="small" icon={<CopyOutlined />} onClick={() => void onCopy()}>
          {t('catalogue.copyReasons')}
        </Button>
      </Flex>
      <Typography.Paragraph
        data-testid="calculator-reasons"
        style={{
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          padding: '12px 16px',
          lineHeight: 1.9,
          textIndent: '2em',
          marginBottom: 0,
        }}
      >
        {text}
      </Typography.Paragraph>
    </section>
  );
}
