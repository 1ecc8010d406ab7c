import type { zh } from './zh';

export const en: typeof zh = {
  auth: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    changePasswordTitle: 'Change password',
    forcedTitle: 'Change your initial password',
    forcedHint: 'You are using an initial password. Change it before continuing.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    currentRequired: 'Enter your current password',
    newRequired: 'Enter a new password',
    confirmRequired: 'Enter the new password again',
    passwordRule: 'At least 8 characters, using at least 3 of: uppercase letters, lowercase letters, digits, symbols.',
    passwordWeak: 'Password too weak: at least 8 characters with at least 3 of uppercase, lowercase, digits, symbols',
    passwordSame: 'The new password must differ from the current one',
    confirmMismatch: 'The two new passwords do not match',
    submitPassword: 'Change password',
    passwordChanged: 'Password changed',
    back: 'Back',
  },
};
