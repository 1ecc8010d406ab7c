import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { zh as core } from '../../app/i18n/zh';
import { detailSentence } from './detail';
import { zh as audit } from './i18n/zh';

const i18n = createInstance();
await i18n.init({
  lng: 'zh-CN',
  resources: { 'zh-CN': { translation: { ...core, ...audit } } },
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const t = i18n.t.bind(i18n);

// Every detail the server writes (platform/auth/service.ts, http/errors.ts, people/service.ts).
describe('security event details read as Chinese sentences', () => {
  it.each([
    ['signInFailed', { reason: 'wrongPassword', failedAttempts: 3 }, '密码错误（连续第 3 次）'],
    ['signInFailed', { reason: 'unknownUser' }, '用户名不存在'],
    ['signInFailed', { reason: 'locked' }, '账户已锁定期间尝试登录'],
    ['signInFailed', { reason: 'disabled' }, '账户已停用'],
    ['locked', { until: '2026-03-01T23:30:00Z' }, '锁定至 2026-03-02 07:30:00'],
    ['sessionExpired', { reason: 'idle' }, '30 分钟无操作，会话超时'],
    ['sessionExpired', { reason: 'accountUnavailable' }, '账户已停用或锁定，会话终止'],
    ['addressLimited', { failed: 20, windowMinutes: 15 }, '同一地址 15 分钟内登录失败 20 次，暂停该地址登录'],
    ['unlocked', { by: 'secadmin' }, '由 secadmin 解锁'],
    ['rolesChanged', { by: 'sysadmin', from: ['officer'], to: ['officer', 'legalReviewer'] }, '由 sysadmin 将角色从「执法人员」改为「执法人员、法制审核人员」'],
    ['rolesChanged', { by: 'sysadmin', from: [], to: ['head'] }, '由 sysadmin 将角色从「无」改为「主要负责人」'],
    [
      'permissionDenied',
      { method: 'POST', route: '/api/cases/:id/events', reason: '当前角色无权执行此操作' },
      'POST /api/cases/:id/events：当前角色无权执行此操作',
    ],
  ])('%s %j', (kind, detail, sentence) => {
    expect(detailSentence(t, kind, detail)).toBe(sentence);
  });

  it('shows nothing for no detail, and an unknown shape key by key, never as JSON', () => {
    expect(detailSentence(t, 'signIn', null)).toBe('');
    const s = detailSentence(t, 'somethingNew', { a: 'x', b: [1, 2] });
    expect(s).toBe('a: x；b: [1,2]');
    expect(s).not.toContain('{');
  });
});
