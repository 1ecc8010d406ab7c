// The boundary check (`npm run check:boundaries`, part of `npm test`): modules meet through
// manifests, capabilities, events and each other's exported query functions, never each other's
// tables; the platform imports no module; what the browser bundles never reaches server I/O.
// Tests assemble the whole app, so test files and fixtures are outside the module rules.
const TEST = '(\\.test\\.ts|/fixture\\.ts|/testing\\.ts|/permission-samples\\.ts|/instruments/samples\\.ts)$';
// Server I/O: the database, the HTTP server, files, processes, documents, logs.
const SERVER_IO = '^node_modules/(drizzle-orm|fastify|@fastify|fastify-type-provider-zod|pg|pg-copy-streams|@electric-sql|pino|pdfkit|docx|exceljs|csv-parse)/';

// Documented read models that join other modules' tables in one SQL pass, each for a reason:
// - draws/pool.ts: 一单两库 — the matter's saved filter over the registry, the officers with their
//   credentials and the past tasks for recusal, read together for 500 000 enterprises
//   (docs/performance.md: a province draw in about 25 s); split into three modules' functions it
//   would give up the join.
const READ_MODELS = '^src/modules/draws/pool\\.ts$';
// What a pure rule may not reach: files, processes, the network (hashing with crypto is pure).
const NODE_IO = '^(node:)?(fs|child_process|net|http|https|worker_threads|dgram|dns|tls)(/|$)';
const NODE_BUILTIN = '^(node:)?(fs|path|crypto|child_process|os|stream|zlib|url|module|http|https|net|worker_threads|util|buffer|events)(/|$)';

module.exports = {
  forbidden: [
    {
      name: 'platform-imports-no-module',
      comment: 'The platform serves every module and knows none; modules register through src/modules/index.ts.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: TEST },
      to: { path: '^src/(modules|seed|cli|testing)/' },
    },
    {
      name: 'no-foreign-schema',
      comment:
        "A module writes only its own tables and reads others' through their exported query functions. A table may still reference another module's key (a foreign key, schema.ts to schema.ts).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: `${TEST}|/schema\\.ts$|${READ_MODELS}` },
      to: { path: '^src/modules/[^/]+/schema\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'contract-is-pure',
      comment: 'contract.ts is shared with the web: zod schemas and pure data, no server code behind it.',
      severity: 'error',
      from: { path: '/contract\\.ts$' },
      to: { path: SERVER_IO, reachable: true },
    },
    {
      name: 'capabilities-are-pure',
      comment: 'The capability table is shared with the web.',
      severity: 'error',
      from: { path: '/capabilities\\.ts$' },
      to: { path: SERVER_IO, reachable: true },
    },
    {
      name: 'rules-are-pure',
      comment:
        "A file named rules.ts, and the penalty-case state machine (cases/workflow/), is pure: no database, no HTTP, no files; a sub-feature's I/O is in its service.ts and routes.ts.",
      severity: 'error',
      from: { path: '(/rules\\.ts$|^src/modules/cases/workflow/)', pathNot: TEST },
      to: { path: `${SERVER_IO}|${NODE_IO}|/service\\.ts$`, reachable: true },
    },
    {
      name: 'web-reaches-no-server-io',
      comment: 'The web may use contracts, capabilities and pure rules from src/, never code that reaches the database or the HTTP server.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: SERVER_IO, reachable: true },
    },
    {
      name: 'web-reaches-no-node-builtins',
      comment: 'Browser code cannot use Node built-ins.',
      severity: 'error',
      from: { path: '^web/src/', pathNot: TEST },
      to: { path: NODE_BUILTIN, reachable: true },
    },
    {
      name: 'no-circular-files',
      comment: 'A lazy import (a page, the walk samples) or a test assembling the app closes no cycle at load time.',
      severity: 'error',
      from: { path: '^(src|web/src)/', pathNot: TEST },
      to: { circular: true, viaOnly: { pathNot: TEST, dependencyTypesNot: ['dynamic-import'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
