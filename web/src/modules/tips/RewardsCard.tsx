import { Alert, Card, Descriptions, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import type { Reward, TipDetail } from './api';
import { RewardStateTag, YuanText } from './labels';
import { ProposeReward } from './ProposeReward';
import { DecideReward, PayReward } from './RewardActions';

const OPEN = ['proposed', 'approved', 'claimed', 'paid'];

/** 举报奖励 of a concluded tip: each proposal with its computation and basis, and the step the user may take on it. */
export function RewardsCard({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  if (tip.state !== 'verified' && tip.rewards.length === 0) return null;
  const notConfirmed = tip.verification === 'notConfirmed';
  const mayPropose = !notConfirmed && !tip.rewards.some((r) => OPEN.includes(r.state)) && can(user.roles, 'tip.rewardPropose');
  return (
    <Card title={t('tips.rewards.title')} style={{ marginTop: 16 }} extra={mayPropose && <ProposeReward tip={tip} />} data-testid="tip-rewards">
      {notConfirmed && <Alert type="info" showIcon title={t('tips.rewards.notConfirmed')} />}
      {!notConfirmed && tip.rewards.length === 0 && <Empty description={t('tips.rewards.empty')} />}
      <Flex vertical gap={12}>
        {tip.rewards.map((r) => (
          <RewardItem key={r.id} tip={tip} reward={r} />
        ))}
      </Flex>
    </Card>
  );
}

function RewardItem({ tip, reward: r }: { tip: TipDetail; reward: Reward }) {
  const { t } = useTranslation();
  return (
    <Card size="small" type="inner" data-testid={`reward-${r.id}`}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space>
          <RewardStateTag state={r.state} />
          <Typography.Text strong data-testid="reward-amount">
            <YuanText fen={r.amountFen} />
          </Typography.Text>
        </Space>
        <Space wrap>
          <DecideReward tip={tip} reward={r} />
          <PayReward tip={tip} reward={r} />
        </Space>
      </Flex>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('tips.rewards.computation')}>{r.computation}</Descriptions.Item>
        <Descriptions.Item label={t('tips.rewards.basis')}>{r.basis}</Descriptions.Item>
        <Descriptions.Item label={t('tips.rewards.proposedBy')}>
          {r.proposedBy} {formatDateTime(r.proposedAt)}
        </Descriptions.Item>
        {r.decidedBy !== null && (
          <Descriptions.Item label={t('tips.rewards.decidedBy')}>
            {r.decidedBy} {formatDateTime(r.decidedAt)}
          </Descriptions.Item>
        )}
        {r.reason && <Descriptions.Item label={t('tips.rewards.reason')}>{r.reason}</Descriptions.Item>}
        {r.claimedAt && <Descriptions.Item label={t('tips.rewards.claimedAt')}>{formatDateTime(r.claimedAt)}</Descriptions.Item>}
        {r.paidOn && (
          <Descriptions.Item label={t('tips.rewards.paidOn')}>
            {r.paidOn}（{t('tips.rewards.voucher')} {r.voucher}）
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
