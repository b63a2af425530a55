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

/** Runs axe on `element` (shadow DOM included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element, disabled: RuleObject = {}): Promise<void> {
  const results = await axe.run(element, { runOnly: { type: 'rule', values: ruleIds }, rules: disabled, resultTypes: ['violations'] });
  const report = results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary}`).join('\n')}`)
    .join('\n');
  if (results.violations.length > 0) throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
}
