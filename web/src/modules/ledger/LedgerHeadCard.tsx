import { useTranslation } from 'react-i18next';
import { CountCard } from '../workbench/CountCard';
import { useLedgerHead } from './api';

/** 最新记录序号 of the ledger the user may read. */
export function LedgerHeadCard() {
  const { t } = useTranslation();
  const head = useLedgerHead();
  return <CountCard title={t('workbench.ledgerHead')} value={head.data} error={head.error} />;
}
