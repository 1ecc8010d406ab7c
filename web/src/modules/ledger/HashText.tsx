import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A hex hash shortened for tables; the copy button and tooltip still carry the full value. */
export function HashText({ hash, copyable = false }: { hash: string; copyable?: boolean }) {
  const { t } = useTranslation();
  const short = hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-6)}` : hash;
  return (
    <Typography.Text code title={hash} copyable={copyable ? { text: hash, tooltips: [t('common.copy'), t('common.copied')] } : false}>
      {short}
    </Typography.Text>
  );
}
