import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the schema; they are committed and reviewed like code. Each
// module owns its tables in its own schema.ts; the platform's (org tree, accounts, ledger,
// numbering, jobs) live beside the code that uses them.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/platform/**/schema.ts', './src/modules/*/schema.ts'],
  out: './src/platform/db/migrations',
});
