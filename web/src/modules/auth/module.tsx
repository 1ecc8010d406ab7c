import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// Signing in and changing one's password: no capability, every account has a password.
export const auth: WebModule<typeof zh> = {
  name: 'auth',
  routes: [
    { path: '/signin', page: lazyPage(() => import('./SignInPage'), 'SignInPage'), frame: 'public' },
    // Outside the layout: a forced change must not offer a menu around it.
    { path: '/password', page: lazyPage(() => import('./ChangePasswordPage'), 'ChangePasswordPage'), frame: 'signedIn' },
  ],
  messages: { zh, en },
};
