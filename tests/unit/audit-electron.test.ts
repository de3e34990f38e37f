import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, reviewedListSchema, type Finding } from '../tools/electronegativity-judge';

const finding = (over: Partial<Finding>): Finding => ({
  issue: 'OPEN_EXTERNAL_JS_CHECK',
  severity: 'MEDIUM',
  filename: 'electron/main/external-links.ts',
  location: '65:10',
  sample: 'await shell.openExternal(link.href);',
  ...over,
});
const reviewed = [
  {
    issue: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/external-links.ts',
    sample: 'await shell.openExternal(link.href);',
    reason: 'Only parsed and checked links reach the OS, web pages after a dialog.',
  },
];

describe('npm run audit:electron', () => {
  it('passes a reviewed finding, whatever line it moved to, and prints why it is accepted', () => {
    const { lines, failed } = judge([finding({ location: '80:4' })], reviewed);
    expect(failed).toBe(false);
    expect(lines.join('\n')).toContain('Only parsed and checked links reach the OS');
  });

  it('fails on a finding above LOW that nobody reviewed, in shared/ as anywhere', () => {
    for (const severity of ['MEDIUM', 'HIGH', 'CRITICAL', 'SOMETHING-NEW']) {
      const { lines, failed } = judge(
        [finding({}), finding({ severity, filename: 'shared/x.ts', sample: 'shell.openExternal(u)' })],
        reviewed,
      );
      expect(failed).toBe(true);
      expect(lines.some((line) => line.startsWith('NEW') && line.includes('shared/x.ts'))).toBe(true);
    }
  });

  it('asks for a new review when the flagged line itself changes', () => {
    expect(judge([finding({ sample: 'await shell.openExternal(raw);' })], reviewed).failed).toBe(true);
  });

  it('lists LOW findings without failing', () => {
    const { lines, failed } = judge(
      [finding({}), finding({ issue: 'CSP_GLOBAL_CHECK', severity: 'LOW', filename: 'renderer/index.html' })],
      reviewed,
    );
    expect(failed).toBe(false);
    expect(lines).toContain('note     LOW    CSP_GLOBAL_CHECK renderer/index.html:65:10');
  });

  it('fails when a reviewed entry no longer matches anything, so the list stays true', () => {
    const { lines, failed } = judge([], reviewed);
    expect(failed).toBe(true);
    expect(lines[0]).toMatch(/^STALE/);
  });

  it('keeps a reason for every entry of the committed reviewed list', () => {
    const list = JSON.parse(readFileSync('tests/tools/electronegativity-reviewed.json', 'utf8'));
    expect(reviewedListSchema.safeParse(list).success).toBe(true);
    expect(reviewedListSchema.safeParse([{ ...reviewed[0], reason: 'ok' }]).success).toBe(false);
  });
});
