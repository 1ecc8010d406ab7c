import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationChannel, ApplicationState, PauseKind } from '../../../../src/modules/licensing/codes';
import { can } from '../../app/access';
import type { Application } from './api';

// Tag colours from the set whose text keeps its contrast: blue with the bureau, orange with the
// applicant, green granted, red ended without a licence.
const COLOURS: Record<ApplicationState, string> = {
  draft: 'orange',
  submitted: 'blue',
  supplementRequested: 'orange',
  accepted: 'blue',
  refusedToAccept: 'red',
  granted: 'green',
  denied: 'red',
  issued: 'green',
  withdrawn: 'red',
};

export function ApplicationStateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]}>{t(`licensing.applications.states.${state}`)}</Tag>;
}

export function ChannelTag({ channel }: { channel: ApplicationChannel }) {
  const { t } = useTranslation();
  return <Tag color={channel === 'online' ? 'blue' : 'default'}>{t(`licensing.applications.channels.${channel}`)}</Tag>;
}

export function PauseTag({ kind }: { kind: PauseKind }) {
  const { t } = useTranslation();
  return <Tag color="orange">{t(`licensing.applications.pauseKinds.${kind}`)}</Tag>;
}

/** 剩余 N 个工作日, 已逾期 N 个工作日 in red, or 暂停计时 in orange. */
export function ClockLeft({ clock }: { clock: NonNullable<Application['clock']> }) {
  const { t } = useTranslation();
  if (clock.paused) return <Typography.Text style={{ color: '#ad4e00' }}>{t('licensing.applications.paused')}</Typography.Text>;
  if (clock.workdaysLeft === null) return null;
  if (clock.workdaysLeft < 0) return <Typography.Text type="danger">{t('licensing.applications.overdue', { days: -clock.workdaysLeft })}</Typography.Text>;
  return <Typography.Text>{t('licensing.applications.workdaysLeft', { days: clock.workdaysLeft })}</Typography.Text>;
}

/** The list's 当前期限: label, due date and what is left. */
export function ClockCell({ clock }: { clock: Application['clock'] }) {
  const { t } = useTranslation();
  if (!clock) return <>—</>;
  return (
    <span>
      {clock.label}
      {clock.dueOn && <> · {t('licensing.applications.dueOn', { date: clock.dueOn })}</>} · <ClockLeft clock={clock} />
    </span>
  );
}

/** The applicant's side: the enterprise's own user for an online application, counter staff for one taken at the window. */
export function isApplicant(roles: readonly string[], a: Pick<Application, 'channel'>): boolean {
  const enterpriseUser = roles.includes('enterpriseUser');
  return a.channel === 'online' ? enterpriseUser : !enterpriseUser && can(roles, 'license.apply');
}
