import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../platform/context.js';
import { eventBus } from '../platform/events.js';
import { MODULES } from '../modules/index.js';

// docs/architecture.md's event catalogue is what the manifests wire: each event's subscribers,
// in wiring-list order, and no subscriber of an event nobody documents.
const docs = fs.readFileSync(path.join(import.meta.dirname, '../../docs/architecture.md'), 'utf8');
const catalogue = docs.slice(docs.indexOf('### Event catalogue'), docs.indexOf('### Adding a module'));
const documented = new Map(
  [...catalogue.matchAll(/^\| `([a-zA-Z.]+)` \| ([a-z]+): .*? \| (.*) \|$/gm)].map(([, name, publisher, subs]) => [
    name,
    { publisher, subscribers: [...subs.matchAll(/(?:^|; )([a-z]+):/g)].map((m) => m[1]) },
  ]),
);

describe('the event catalogue', () => {
  const bus = eventBus(MODULES, () => ({}) as AppContext);

  it('lists every wired event with its subscribers in the order they run', () => {
    expect([...documented.keys()].sort()).toEqual([...bus.subscribers.keys()].sort());
    for (const [name, modules] of bus.subscribers) expect(documented.get(name)?.subscribers, name).toEqual(modules);
  });

  it('names a publisher that exists and declares the event in its events.ts', () => {
    for (const [name, { publisher }] of documented) {
      expect(
        MODULES.map((m) => m.name),
        name,
      ).toContain(publisher);
      const declared = fs.readFileSync(path.join(import.meta.dirname, `../modules/${publisher}/events.ts`), 'utf8');
      expect(declared, name).toContain(`'${name}':`);
    }
  });

  it("runs subscribers in the publisher's transaction and stops at the first failure", async () => {
    const ran: string[] = [];
    const fail = eventBus(
      [
        { name: 'a', subscribers: { 'case.decided': async () => void ran.push('a') } },
        {
          name: 'b',
          subscribers: {
            'case.decided': async () => {
              throw new Error('b failed');
            },
          },
        },
        { name: 'c', subscribers: { 'case.decided': async () => void ran.push('c') } },
      ],
      () => ({}) as AppContext,
    );
    const ctx = { tx: {} as never, actor: { userId: null, username: 'system', orgId: null, orgPath: '/', roles: [] }, actSeq: 1 };
    await expect(fail.publish(ctx, 'case.decided', {} as never)).rejects.toThrow('b failed');
    expect(ran).toEqual(['a']);
  });
});
