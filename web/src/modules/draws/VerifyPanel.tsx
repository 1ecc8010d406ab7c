import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { useVerify } from './api';

/** Asks the server to re-run the draw from the published inputs, and lists every check. */
export function VerifyPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const verify = useVerify();
  const v = verify.data;
  const pageUrl = `${window.location.origin}/portal/draws/${id}`;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('draws.verify')}</h2>} style={{ marginTop: 16 }}>
      <Typography.Paragraph>{t('draws.verifyHint')}</Typography.Paragraph>
      <Button type="primary" size="large" onClick={() => verify.mutate(id)} loading={verify.isPending} data-testid="verify-button">
        {t('draws.verify')}
      </Button>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {verify.isError && <ErrorAlert error={verify.error} />}
        {v && (
          <>
            <ul style={{ listStyle: 'none', padding: 0 }} data-testid="verify-checks">
              {v.checks.map((c) => (
                <li key={c.name} style={{ marginBottom: 8, wordBreak: 'break-all' }}>
                  <span aria-hidden style={{ color: c.ok ? '#237804' : '#a8071a', fontWeight: 700, marginInlineEnd: 6 }}>
                    {c.ok ? '✓' : '✗'}
                  </span>
                  <strong>{c.name}</strong>
                  <span className="sr-only" style={{ position: 'absolute', left: -9999 }}>
                    {c.ok ? t('draws.verifyOk') : t('draws.verifyFailed')}
                  </span>
                  ：<Typography.Text type="secondary">{c.detail}</Typography.Text>
                </li>
              ))}
            </ul>
            <Alert
              type={v.ok ? 'success' : 'error'}
              showIcon
              title={<span data-testid="verify-result">{v.ok ? t('draws.verifyOk') : t('draws.verifyFailed')}</span>}
            />
          </>
        )}
      </div>
      <h3 style={{ fontSize: 15, marginTop: 24 }}>{t('draws.cliTitle')}</h3>
      <Typography.Paragraph>{t('draws.cliText')}</Typography.Paragraph>
      <Typography.Paragraph code copyable style={{ wordBreak: 'break-all' }}>
        {`npx zhifa draw verify ${pageUrl}`}
      </Typography.Paragraph>
    </Card>
  );
}
