/**
 * The two servers the benchmarks compare, started as they run for real: kubecon-bot with the
 * node arguments of the Procfile's `web:` line, and the bare Bolt app (bench/bare-app.ts) compiled
 * to plain JavaScript in dist/ — under tsx, its loader and esbuild add ~25 MiB of RSS that are no
 * part of a Bolt app.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { ROOT } from './harness.js';

/** kubecon-bot's node arguments, from the Procfile's `web:` line (`node <args…>`). */
export function webArgs(): string[] {
  const line = readFileSync(`${ROOT}Procfile`, 'utf8').split('\n').find((l) => l.startsWith('web:'));
  const words = line?.slice('web:'.length).trim().split(/\s+/) ?? [];
  if (words[0] !== 'node') throw new Error(`Procfile's web: line does not start node directly: ${line}`);
  return words.slice(1);
}

/** Writes dist/bare-app.js and returns the node arguments that run it. */
export function buildBareApp(): string[] {
  const source = readFileSync(`${ROOT}bench/bare-app.ts`, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  writeFileSync(`${ROOT}dist/bare-app.js`, outputText);
  return ['dist/bare-app.js'];
}
