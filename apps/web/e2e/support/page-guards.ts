import type { BrowserContext, Page } from '@playwright/test';

/** Something that fails the test whatever it asserted: a CSP violation, an uncaught error. */
export interface PageProblem {
  readonly kind: 'Content-Security-Policy violation' | 'uncaught error in the page';
  readonly url: string;
  readonly detail: string;
}

interface ViolationReport {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
  readonly sample: string;
}

const BINDING = '__wildE2eCspViolation';

/**
 * Watches every page of `context`, those it opens later too: each `securitypolicyviolation` event
 * (an init script listens from the document's start; init scripts are not subject to the page's
 * CSP), each console error Chromium writes for a refused load (`Refused to … because it violates
 * the following Content Security Policy directive`), and each uncaught exception or unhandled
 * rejection (`pageerror`). The test fixtures fail the test on any of them.
 */
export async function guardContext(
  context: BrowserContext,
  problems: PageProblem[],
): Promise<void> {
  await context.exposeBinding(BINDING, ({ page }, report: ViolationReport) => {
    problems.push({
      kind: 'Content-Security-Policy violation',
      url: page.url(),
      detail:
        `${report.directive} refused ${report.blocked || '(inline)'}` +
        (report.source ? ` in ${report.source}:${report.line}` : '') +
        (report.sample ? ` — ${report.sample}` : ''),
    });
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (report: unknown) => void>)[binding];
        report?.({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
        });
      },
      true,
    );
  }, BINDING);
  const watch = (page: Page) => {
    page.on('pageerror', (error) =>
      problems.push({
        kind: 'uncaught error in the page',
        url: page.url(),
        detail: error.stack ?? String(error),
      }),
    );
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[ -]Security[ -]Policy/i.test(message.text()))
        problems.push({
          kind: 'Content-Security-Policy violation',
          url: page.url(),
          detail: `console: ${message.text()}`,
        });
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
}

export function describeProblems(problems: readonly PageProblem[]): string {
  return problems
    .map((problem) => `- ${problem.kind} on ${problem.url}:\n    ${problem.detail}`)
    .join('\n');
}
