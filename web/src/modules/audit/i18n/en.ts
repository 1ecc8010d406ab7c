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
  },
};
