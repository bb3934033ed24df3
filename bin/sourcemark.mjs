#!/usr/bin/env node
// The `sourcemark` command: runs the TypeScript command line in src/cli through tsx (a checkout after `npm ci`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
