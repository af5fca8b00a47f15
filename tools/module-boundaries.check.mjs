// Run by `npm run lint`: shows that the chain of feature libs is enforced, not only written down.
// ESLint lints two one-line files as if they stood in libs/api/auth and libs/api/directory: the
// earlier lib importing a later one must be refused by @nx/enforce-module-boundaries, the later
// importing an earlier one allowed.
import { ESLint } from 'eslint';

const RULE = '@nx/enforce-module-boundaries';
// forward imports that would make no cycle (a cycle is refused anyway): only the chain refuses them
const cases = [
  { from: 'audit', imports: 'members', refused: true },
  { from: 'members', imports: 'maturity', refused: true },
  { from: 'audit', imports: 'offices', refused: true },
  { from: 'directory', imports: 'auth', refused: false },
  { from: 'maturity', imports: 'offices', refused: false },
  { from: 'audit', imports: 'matching', refused: true },
  { from: 'matching', imports: 'directory', refused: false },
  { from: 'audit', imports: 'brokering', refused: true },
  { from: 'brokering', imports: 'matching', refused: false },
];

const eslint = new ESLint();
let failed = 0;
for (const { from, imports, refused } of cases) {
  const [result] = await eslint.lintText(
    `import * as later from '@wild/api/${imports}';\n\nexport const probe = later;\n`,
    { filePath: `libs/api/${from}/src/lib/chain-probe.ts` },
  );
  const found = result.messages.some(
    (message) => message.ruleId === RULE && !/circular/i.test(message.message),
  );
  const ok = found === refused;
  if (!ok) failed += 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${from} importing ${imports}: ${found ? 'refused' : 'allowed'} (expected ${refused ? 'refused' : 'allowed'})`,
  );
}
// the web app imports libs/shared/* only, never the API's code
const webCases = [
  { imports: '@wild/api/core', refused: true },
  { imports: '@wild/shared/domain', refused: false },
];
for (const { imports, refused } of webCases) {
  const [result] = await eslint.lintText(
    `import * as probed from '${imports}';\n\nexport const probe = probed;\n`,
    { filePath: 'apps/web/src/app/boundary-probe.ts' },
  );
  const found = result.messages.some((message) => message.ruleId === RULE);
  const ok = found === refused;
  if (!ok) failed += 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} web importing ${imports}: ${found ? 'refused' : 'allowed'} (expected ${refused ? 'refused' : 'allowed'})`,
  );
}
if (failed) {
  console.error(`${failed} module-boundary case(s) wrong: see eslint.config.mjs (FEATURE_CHAIN)`);
  process.exit(1);
}
