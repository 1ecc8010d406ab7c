import { describe, expect, it } from 'vitest';
import type { ServerModule } from '../modules.js';
import { ledgerLabelsOf, PLATFORM_LEDGER_LABELS } from './labels.js';

const mod = (name: string, ledger: ServerModule['ledger']): ServerModule => ({ name, label: name, tables: {}, capabilities: {}, ledger });

describe('ledger labels', () => {
  it('merges the platform’s and each module’s names', () => {
    const labels = ledgerLabelsOf([mod('a', { actions: { 'a.done': '办结' }, subjects: { a: '事项' } }), mod('b', { actions: { 'b.done': '完成' } })]);
    expect(labels.actions).toMatchObject({ 'a.done': '办结', 'b.done': '完成', 'account.passwordChanged': '修改密码' });
    expect(labels.subjects).toMatchObject({ a: '事项', ...PLATFORM_LEDGER_LABELS.subjects });
  });

  it('stops start-up when two modules name one action differently', () => {
    expect(() => ledgerLabelsOf([mod('a', { actions: { 'x.done': '甲' } }), mod('b', { actions: { 'x.done': '乙' } })])).toThrow(
      /ledger actions x.done a second time/,
    );
  });

  it('stops start-up when two modules both name the records of one subject type', () => {
    const namer = async () => new Map<string, string>();
    const labels = ledgerLabelsOf([mod('a', { actions: {}, subjects: { a: '事项' }, names: { a: namer } })]);
    expect(labels.names.a).toBe(namer);
    expect(labels.names.org).toBeDefined();
    expect(() => ledgerLabelsOf([mod('a', { actions: {}, names: { a: namer } }), mod('b', { actions: {}, names: { a: namer } })])).toThrow(
      /ledger subject a's records a second time/,
    );
    expect(() => ledgerLabelsOf([mod('a', { actions: {}, names: { org: namer } })])).toThrow(/ledger subject org's records a second time/);
  });
});
