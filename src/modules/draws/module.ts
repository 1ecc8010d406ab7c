import type { ServerModule } from '../../platform/modules.js';
import { drawInScope } from './read.js';
import { matterInScope } from './matters.js';
import { drawCapabilities } from './capabilities.js';
import { seedDrawsDemo } from './demo.js';
import { drawRoutes } from './routes.js';
import * as tables from './schema.js';
import { drawLedgerNames } from './ledger-names.js';

/** 双随机、一公开: spot-check matters, verifiable draws. */
export const drawsModule: ServerModule = {
  name: 'draws',
  label: '双随机抽查',
  tables,
  capabilities: drawCapabilities,
  resources: {
    draw: { label: '抽取', at: '/draws/:id', authorize: (app, actor, id) => drawInScope(app.db, actor, id) },
    spotCheckMatter: { label: '抽查事项', at: '/draws/matters/:id', authorize: (app, actor, id) => matterInScope(app.db, actor, id, 'id') },
  },
  ledger: {
    actions: {
      'draw.announce': '公告抽取',
      'draw.draw': '实施抽取',
      'draw.redraw': '回避重抽',
      'spotCheckMatter.created': '新建抽查事项',
      'spotCheckMatter.updated': '修改抽查事项',
    },
    subjects: { draw: '双随机抽取', spotCheckMatter: '抽查事项' },
    names: drawLedgerNames,
  },
  routes: drawRoutes,
  demo: seedDrawsDemo,
  samples: () => import('./permission-samples.js'),
};
