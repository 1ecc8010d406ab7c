import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferState } from '../../../../src/modules/transfers/codes';

// Tag colours from the set whose text keeps its contrast (no antd 'processing' or 'success').
const STATE_COLOURS: Record<TransferState, string> = {
  awaitingReceipt: 'orange',
  received: 'blue',
  filed: 'green',
  refused: 'red',
  supervising: 'purple',
  returned: 'cyan',
  concluded: 'default',
};

export function TransferStateTag({ state }: { state: TransferState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOURS[state]}>{t(`transfers.states.${state}`)}</Tag>;
}

export function PeriodTag({ period }: { period: { name: string; dueOn: string; overdue: boolean } | null }) {
  const { t } = useTranslation();
  if (!period) return null;
  return (
    <Tag color={period.overdue ? 'red' : 'orange'}>
      {t(period.overdue ? 'transfers.periodLate' : 'transfers.periodDue', { name: period.name, on: period.dueOn })}
    </Tag>
  );
}
