/** A schema issue as zod reports it: where in the value, and what is wrong there. */
export interface SchemaIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** The one formatter of schema issues: short `path: message` lines, at most `max` of them. */
export function formatIssues(issues: ReadonlyArray<SchemaIssue>, max = 10): string[] {
  return issues.slice(0, max).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
