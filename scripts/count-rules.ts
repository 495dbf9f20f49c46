/**
 * `npm run count-rules`: how many regular expressions the engine's meaning, answering and search
 * code holds (src/understand, src/answer, src/search), by file: literals and `new RegExp(…)`,
 * counted on the TypeScript syntax tree. Rules for phrasings are what the model is to replace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOTS = ['src/understand', 'src/answer', 'src/search'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Regular expressions in one file. */
export function countRegexes(file: string): number {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let n = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) n++;
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') n++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return n;
}

const counts = ROOTS.flatMap(files)
  .map((f) => [f, countRegexes(f)] as const)
  .filter(([, n]) => n > 0)
  .sort((a, b) => b[1] - a[1]);
console.log(`${counts.reduce((sum, [, n]) => sum + n, 0)} regular expressions in ${ROOTS.join(', ')}`);
for (const [f, n] of counts) console.log(`${String(n).padStart(4)}  ${f}`);
