import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LicenseState } from '../../../../src/modules/licensing/codes';

const COLOURS: Record<LicenseState, string> = {
  valid: 'green',
  expired: 'default',
  revoked: 'red',
  cancelled: 'default',
  suspended: 'orange',
  replaced: 'default',
};

/** 有效 in green, 已吊销 in red, 暂扣 in orange, 已过期 and 已注销 grey. */
export function LicenceStateTag({ state }: { state: LicenseState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[state]} data-testid="licence-state">
      {t(`licensing.licences.states.${state}`)}
    </Tag>
  );
}
