import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintOutcome, RewardState, TipState, VerificationResult } from '../../../../src/modules/tips/contract';
import { formatYuan } from '../../../../src/modules/tips/rewards';

// Tag colours from the set whose text keeps its contrast (no antd 'processing' or 'success').
const COLOURS: Record<TipState, string> = { received: 'orange', accepted: 'blue', declined: 'default', assigned: 'blue', verified: 'green' };
const REWARD_COLOURS: Record<RewardState, string> = { proposed: 'orange', approved: 'blue', rejected: 'red', claimed: 'orange', paid: 'green' };
const VERIFICATION_COLOURS: Record<VerificationResult, string> = { confirmed: 'green', partly: 'blue', notConfirmed: 'default' };
// An upheld complaint is a fault of the bureau's own: red in full, orange in part.
const OUTCOME_COLOURS: Record<ComplaintOutcome, string> = { upheld: 'red', partly: 'orange', rejected: 'blue' };

export function TipStateTag({ state }: { state: TipState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]}>{t(`tips.states.${state}`)}</Tag>;
}

export function RewardStateTag({ state }: { state: RewardState }) {
  const { t } = useTranslation();
  return <Tag color={REWARD_COLOURS[state]}>{t(`tips.rewardStates.${state}`)}</Tag>;
}

export function VerificationTag({ result }: { result: VerificationResult }) {
  const { t } = useTranslation();
  return <Tag color={VERIFICATION_COLOURS[result]}>{t(`tips.verifications.${result}`)}</Tag>;
}

export function ComplaintOutcomeTag({ outcome }: { outcome: ComplaintOutcome }) {
  const { t } = useTranslation();
  return <Tag color={OUTCOME_COLOURS[outcome]}>{t(`tips.complaintOutcomes.${outcome}`)}</Tag>;
}

/** "3 000.00 元": an amount in fen as the reward rules state it. */
export function YuanText({ fen }: { fen: number }) {
  const { t } = useTranslation();
  return <>{t('common.yuan', { amount: formatYuan(fen) })}</>;
}
