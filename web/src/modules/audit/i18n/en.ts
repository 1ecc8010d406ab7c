import type { zh } from './zh';

export const en: typeof zh = {
  nav: {
    audit: 'Security audit',
  },
  audit: {
    title: 'Security audit',
    kind: 'Event kind',
    kindPlaceholder: 'All kinds',
    at: 'Time',
    username: 'Username',
    ip: 'IP address',
    detail: 'Detail',
    details: {
      wrongPassword: 'Wrong password ({{n}} in a row)',
      unknownUser: 'No such username',
      locked: 'Attempt while the account is locked',
      disabled: 'Account disabled',
      lockedUntil: 'Locked until {{until}}',
      idle: 'Session timed out after 30 minutes idle',
      accountUnavailable: 'Session ended: account disabled or locked',
      addressLimited: '{{failed}} failed sign-ins from this address within {{minutes}} minutes; address paused',
      identityRevealed: 'Tipster of {{receipt}} revealed; reason: {{reason}}',
      unlockedBy: 'Unlocked by {{by}}',
      rolesChanged: '{{by}} changed the roles from "{{from}}" to "{{to}}"',
      permissionDenied: '{{method}} {{route}}: {{reason}}',
      none: 'none',
    },
  },
  eventKinds: {
    signIn: 'Signed in',
    signInFailed: 'Sign-in failed',
    locked: 'Account locked',
    signOut: 'Signed out',
    sessionExpired: 'Session expired',
    permissionDenied: 'Permission denied',
    passwordChanged: 'Password changed',
    unlocked: 'Account unlocked',
    rolesChanged: 'Roles changed',
    addressLimited: 'Address limited',
    identityRevealed: 'Tipster revealed',
  },
};
