// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import { systemActor } from '../../platform/context.js';
import type { SampleFactory, Side } from '../../platform/testing/world.js';
import { sampleEnterprise } from './fixture.js';
import { stageImport } from './imports.js';

export const samples: SampleFactory = async ({ w, orgOf, enterpriseOf, next }) => {
  const importBy = (o: { id: string; path: string }) =>
    stageImport(w.app, { ...systemActor, orgId: o.id, orgPath: o.path }, 'empty.csv', Buffer.from('统一社会信用代码\r\n'));
  const imports = { own: (await importBy(w.orgs.city)).id, other: (await importBy(w.orgs.siblingCity)).id };
  const importOf = (t: Side) => imports[t];
  // Re-sending the stored record is a valid edit that changes nothing, so it can run for every role.
  const unchangedEnterprise = (t: Side) => {
    const { uscc: _uscc, ...rest } = sampleEnterprise(t === 'own' ? 1 : 2, t === 'own' ? '421202' : '420102');
    return { ...rest, version: 1 };
  };
  return {
    'GET /api/enterprises': { path: (t) => `/api/enterprises?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/enterprises/:id': { path: (t) => `/api/enterprises/${enterpriseOf(t)}`, scoped: true },
    'GET /api/enterprises/:id/history': { path: (t) => `/api/enterprises/${enterpriseOf(t)}/history`, scoped: true },
    'POST /api/enterprises': { path: () => '/api/enterprises', body: (t) => ({ ...sampleEnterprise(1000 + next(), '421202'), orgId: orgOf(t) }), scoped: true },
    'PUT /api/enterprises/:id': { path: (t) => `/api/enterprises/${enterpriseOf(t)}`, body: unchangedEnterprise, scoped: true },
    'GET /api/enterprises/export.xlsx': { path: (t) => `/api/enterprises/export.xlsx?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/enterprises/import-template.xlsx': { path: () => '/api/enterprises/import-template.xlsx', scoped: false },
    'GET /api/enterprises/imports': { path: () => '/api/enterprises/imports', scoped: false },
    'POST /api/enterprises/imports': { path: () => '/api/enterprises/imports?fileName=a.csv', body: () => ({ not: 'a file' }), scoped: false },
    'GET /api/enterprises/imports/:id': { path: (t) => `/api/enterprises/imports/${importOf(t)}`, scoped: true },
    'GET /api/enterprises/imports/:id/errors.xlsx': { path: (t) => `/api/enterprises/imports/${importOf(t)}/errors.xlsx`, scoped: true },
    'POST /api/enterprises/imports/:id/commit': { path: (t) => `/api/enterprises/imports/${importOf(t)}/commit`, scoped: true },
  };
};
