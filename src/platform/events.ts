// Typed domain events between modules (the Immich pattern, inside one transaction). A module
// that publishes declares its events in its own `events.ts` by adding to `DomainEvents`; a
// module that reacts lists its subscribers in its manifest. The publisher calls `publish` inside
// the acting transaction, after the act's ledger entry, so the effects commit or roll back with
// the act: nothing half done, and neither module imports the other.
import type { Actor, AppContext } from './context.js';
import type { Tx } from './db/index.js';

/** Event name → payload; each publishing module adds its own (declaration merging). */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules' events.ts
export interface DomainEvents {}
export type EventName = keyof DomainEvents;

/** Where an event happens: the acting transaction, who acted, and the act's ledger entry. */
export interface EventContext {
  tx: Tx;
  actor: Actor;
  /** The ledger sequence number of the act that raised the event. */
  actSeq: number;
}

export type Subscriber<N extends EventName> = (event: DomainEvents[N], ctx: EventContext, app: AppContext) => Promise<void>;
export type Subscribers = { [N in EventName]?: Subscriber<N> };

export interface EventBus {
  publish<N extends EventName>(ctx: EventContext, name: N, event: DomainEvents[N]): Promise<void>;
  /** Which modules react to each event, for docs/architecture.md's event catalogue. */
  readonly subscribers: ReadonlyMap<string, readonly string[]>;
}

/** The bus for a wiring list: every subscriber runs in the publisher's transaction, in list order. */
export function eventBus(modules: readonly { name: string; subscribers?: Subscribers }[], app: () => AppContext): EventBus {
  const table = new Map<string, { module: string; run: Subscriber<EventName> }[]>();
  for (const m of modules) {
    for (const [name, run] of Object.entries(m.subscribers ?? {})) {
      if (!run) continue;
      table.set(name, [...(table.get(name) ?? []), { module: m.name, run: run as Subscriber<EventName> }]);
    }
  }
  return {
    async publish(ctx, name, event) {
      for (const s of table.get(name) ?? []) await s.run(event as never, ctx, app());
    },
    subscribers: new Map([...table].map(([name, list]) => [name, list.map((s) => s.module)])),
  };
}
