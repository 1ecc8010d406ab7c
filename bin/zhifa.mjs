#!/usr/bin/env node
// The `zhifa` command: runs the TypeScript CLI through tsx, with the server's own configuration.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
