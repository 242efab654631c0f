// Where the README explains a rule: the Problems panel links each problem's code there.

/** The README heading that explains a rule (its id, as GitHub and VS Code's Markdown preview slug it). */
export function readmeAnchor(ruleId: string): string {
  return ruleId;
}
