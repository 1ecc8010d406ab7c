import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../app/access';
import { formatDateTime } from '../../app/format';
import type { Credential, CredentialStatus, Person } from './api';

/** Server role codes outside the known set are shown raw rather than hidden. */
export function roleLabel(t: TFunction, code: string): string {
  return isRole(code) ? t(`roles.${code}`) : code;
}

export function RoleTags({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {roles.map((r) => (
        <Tag key={r} color="blue">
          {roleLabel(t, r)}
        </Tag>
      ))}
    </Flex>
  );
}

const CREDENTIAL_COLOR: Record<CredentialStatus, string> = { valid: 'green', expiring: 'orange', expired: 'red' };
const CREDENTIAL_LABEL = {
  valid: 'people.credentialValid',
  expiring: 'people.credentialExpiring',
  expired: 'people.credentialExpired',
} as const satisfies Record<CredentialStatus, string>;

export function CredentialList({ credentials }: { credentials: Credential[] }) {
  const { t } = useTranslation();
  if (credentials.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {credentials.map((c) => (
        <span key={c.id}>
          <Typography.Text code>{c.number}</Typography.Text>
          <Tag color={CREDENTIAL_COLOR[c.status]}>{t(CREDENTIAL_LABEL[c.status])}</Tag>
          <Typography.Text type="secondary">{t('people.validUntil', { date: c.validTo })}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

export function isLocked(person: Person): boolean {
  return person.lockedUntil !== null && dayjs(person.lockedUntil).isAfter(dayjs());
}

export function AccountStatus({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {person.status === 'disabled' ? (
        <Tag>{t('people.statusDisabled')}</Tag>
      ) : isLocked(person) ? (
        <Tag color="red">{t('people.lockedUntil', { time: formatDateTime(person.lockedUntil) })}</Tag>
      ) : (
        <Tag color="green">{t('people.statusActive')}</Tag>
      )}
      {person.mustChangePassword && <Tag color="orange">{t('people.mustChangePassword')}</Tag>}
    </Flex>
  );
}
