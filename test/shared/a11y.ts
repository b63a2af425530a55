import 'axe-core/axe.min.js';
import type { AxeResults, RuleObject } from 'axe-core';

interface Axe {
  run(context: Element | Document, options: object): Promise<AxeResults>;
  getRules(): { ruleId: string; tags: string[] }[];
}
const axe = (window as unknown as { axe: Axe }).axe;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Every rule tagged WCAG 2.1 A/AA or mapped to an RGAA 4.1 criterion. */
const ruleIds = axe
  .getRules()
  .filter(({ tags }) => tags.some((tag) => WCAG_TAGS.includes(tag) || tag.startsWith('RGAA')))
  .map(({ ruleId }) => ruleId);

/** Rules whose « needs review » answer is a failure for these widgets. */
const MUST_PASS = ['aria-prohibited-attr'];

/** Runs axe on `element` (shadow DOM included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element, disabled: RuleObject = {}): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'rule', values: ruleIds },
    rules: disabled,
    resultTypes: ['violations', 'incomplete'],
  });
  // axe only « needs review » a name on an element with no role (ARIA 1.2 forbids it, and the name may be dropped): a failure here.
  const failures = [...results.violations, ...results.incomplete.filter(({ id }) => MUST_PASS.includes(id))];
  const report = failures
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary}`).join('\n')}`)
    .join('\n');
  if (failures.length > 0) throw new Error(`axe found ${failures.length} violation(s):\n${report}`);
}
