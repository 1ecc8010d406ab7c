import { describe, expect, it } from 'vitest';
import type { ServerModule } from '../modules.js';
import { resourceOfRoute, resourceTableOf } from './resources.js';

const authorize = async () => undefined;
const mod = (name: string, resources: ServerModule['resources']): ServerModule => ({ name, label: name, tables: {}, capabilities: {}, resources });

describe('resources addressed by path', () => {
  const table = resourceTableOf([
    mod('a', { draw: { label: '抽取', at: '/draws/:id', authorize }, matter: { label: '抽查事项', at: '/draws/matters/:id', authorize } }),
    mod('b', { enterprise: { label: '企业', at: '/enterprises/:id', authorize } }),
  ]);

  it('finds the resource of a route at its path and below it, by whole segments', () => {
    expect(resourceOfRoute(table, '/api/draws/:id')).toBe('draw');
    expect(resourceOfRoute(table, '/api/draws/:id/withdrawals')).toBe('draw');
    expect(resourceOfRoute(table, '/api/draws/matters/:id')).toBe('matter');
    expect(resourceOfRoute(table, '/api/enterprises/:id/history')).toBe('enterprise');
  });

  it('leaves alone routes that address none: lists, other parameters, public paths', () => {
    expect(resourceOfRoute(table, '/api/draws')).toBeUndefined();
    expect(resourceOfRoute(table, '/api/draws/:idx')).toBeUndefined();
    expect(resourceOfRoute(table, '/api/enterprises/imports/:id')).toBeUndefined();
    expect(resourceOfRoute(table, '/api/public/draws/:id')).toBeUndefined();
  });

  it('stops start-up on a name or a path declared twice, or a path without its id', () => {
    expect(() => resourceTableOf([mod('a', { x: { label: 'x', at: '/x/:id', authorize } }), mod('b', { x: { label: 'y', at: '/y/:id', authorize } })])).toThrow(
      /resource x a second time/,
    );
    expect(() => resourceTableOf([mod('a', { x: { label: 'x', at: '/x/:id', authorize } }), mod('b', { y: { label: 'y', at: '/x/:id', authorize } })])).toThrow(
      /second resource at \/x\/:id/,
    );
    expect(() => resourceTableOf([mod('a', { x: { label: 'x', at: '/x', authorize } })])).toThrow(/ending in a parameter/);
  });
});
