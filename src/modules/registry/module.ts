import type { ServerModule } from '../../platform/modules.js';
import { enterpriseAffiliation, enterpriseInScope } from './service.js';
import { importInScope } from './imports.js';
import { registryCapabilities } from './capabilities.js';
import { resumeImports } from './imports.js';
import { registryRoutes } from './routes.js';
import * as tables from './schema.js';
import { registryLedgerNames } from './ledger-names.js';

/** 监管对象库: enterprises, their history, import and export. */
export const registryModule: ServerModule = {
  name: 'registry',
  label: '监管对象库',
  tables,
  capabilities: registryCapabilities,
  resources: {
    enterprise: { label: '企业', at: '/enterprises/:id', authorize: (app, actor, id) => enterpriseInScope(app.db, actor, id) },
    enterpriseImport: { label: '导入批次', at: '/enterprises/imports/:id', authorize: importInScope },
  },
  ledger: {
    actions: {
      'enterprise.created': '新增企业',
      'enterprise.updated': '修改企业信息',
      'enterprise.bulkUpserted': '批量导入企业',
      'enterpriseImport.staged': '上传企业导入文件',
    },
    subjects: { enterprise: '企业', enterpriseImport: '企业导入批次' },
    names: registryLedgerNames,
  },
  affiliation: enterpriseAffiliation,
  routes: registryRoutes,
  // Files still being checked when the server stopped are checked again.
  resume: resumeImports,
  samples: () => import('./permission-samples.js'),
};
