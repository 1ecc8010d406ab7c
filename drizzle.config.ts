import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the schema; they are committed and reviewed like code.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/platform/db/schema.ts',
  out: './src/platform/db/migrations',
});
