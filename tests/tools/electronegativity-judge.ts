// Decides what an electronegativity scan means for CI: every finding above LOW must be in the
// reviewed list with the reason it is accepted; anything else, or a reviewed entry that no longer
// matches a finding, fails. Kept apart from the scan so tests/unit/audit-electron.test.ts checks it.
import { z } from 'zod';

export const findingSchema = z.object({
  issue: z.string(),
  severity: z.string(),
  filename: z.string(),
  location: z.string(),
  sample: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

export const reviewedListSchema = z.array(
  z.strictObject({
    issue: z.string().min(1),
    file: z.string().min(1),
    /** The flagged source line as electronegativity prints it: changing that line needs a new review. */
    sample: z.string().min(1),
    reason: z.string().min(40, 'say why the finding is accepted, in a sentence or more'),
  }),
);
export type Reviewed = z.infer<typeof reviewedListSchema>[number];

/** Gated: anything above LOW, including a severity this code does not know. */
const isGated = (severity: string) => !['INFORMATIONAL', 'LOW'].includes(severity.toUpperCase());

const matches = (f: Finding, r: Reviewed) =>
  f.issue === r.issue && f.filename === r.file && f.sample === r.sample;

export function judge(findings: Finding[], reviewed: Reviewed[]): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  let failed = false;
  for (const f of findings) {
    const where = `${f.severity.padEnd(6)} ${f.issue} ${f.filename}:${f.location}`;
    if (!isGated(f.severity)) {
      lines.push(`note     ${where}`);
      continue;
    }
    const accepted = reviewed.find((r) => matches(f, r));
    if (accepted) {
      lines.push(`accepted ${where}`, `         ${accepted.reason}`);
    } else {
      failed = true;
      lines.push(
        `NEW      ${where}`,
        `         ${f.sample}`,
        '         not reviewed: fix it, or add it to tests/tools/electronegativity-reviewed.json with the reason',
      );
    }
  }
  for (const r of reviewed) {
    if (findings.some((f) => matches(f, r))) continue;
    failed = true;
    lines.push(
      `STALE    ${r.issue} ${r.file}: "${r.sample}" is no longer found; remove it from the reviewed list`,
    );
  }
  const gated = findings.filter((f) => isGated(f.severity)).length;
  lines.push(
    `electronegativity: ${findings.length} findings, ${gated} above LOW, ${failed ? 'FAILED' : 'all reviewed'}`,
  );
  return { lines, failed };
}
