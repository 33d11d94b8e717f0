import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_BYTES, renderMarkdown, renderSummary, sourceUrl, truncateMarkdown } from '../../src/report/markdown.js';
import { cleanPackage, finding, HOSTILE, pkg, report } from './fixture-report.js';

const LINKS = { serverUrl: 'https://github.com', repository: 'contoso/orders', ref: 'b'.repeat(40) };

describe('job summary', () => {
  it('renders the verdict, route card and findings (snapshot)', () => {
    expect(renderSummary(report([pkg(), cleanPackage()]), { links: LINKS, notes: ['> [!NOTE]\n> 3 more findings are not shown as annotations.'] })).toMatchSnapshot();
  });

  it('links findings with a source to the line at the commit', () => {
    const md = renderMarkdown(report(), { links: LINKS });
    expect(md).toContain(`](https://github.com/contoso/orders/blob/${'b'.repeat(40)}/appPackage/manifest.json#L15)`);
    expect(sourceUrl(LINKS, 'a b/(x).json', 3)).toBe(`https://github.com/contoso/orders/blob/${'b'.repeat(40)}/a%20b/%28x%29.json#L3`);
  });

  it('keeps package text inert', () => {
    const md = renderSummary(report([pkg({ path: `x|y\`.zip`, meta: { name: HOSTILE }, findings: [finding({ message: HOSTILE, source: null })] })]));
    expect(md).not.toMatch(/<img|@someone|@org/);
    // Every table row still has exactly its 4 columns.
    for (const row of md.split('\n').filter((l) => l.startsWith('| 🛑'))) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('stays under 1 MiB, cut at a line, with <details> closed and a note', () => {
    const big = Array.from({ length: 400 }, (_, i) =>
      pkg({ path: `p${i}.zip`, findings: Array.from({ length: 50 }, (_, j) => finding({ pointer: `/a/${j}`, message: `${'long message '.repeat(20)} ${j}` })) }),
    );
    const md = renderSummary(report(big));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(md).toContain('The summary was trimmed');
    const opened = md.split('\n').filter((l) => l.startsWith('<details')).length;
    const closed = md.split('\n').filter((l) => l.startsWith('</details>')).length;
    expect(opened).toBe(closed);
  });

  it('truncates by characters or bytes, never past the limit', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} é😀`).join('\n');
    for (const limit of [50, 200, 1000]) {
      expect(truncateMarkdown(text, limit, 'tail', 'chars').length).toBeLessThanOrEqual(limit);
      expect(Buffer.byteLength(truncateMarkdown(text, limit, 'tail', 'bytes'))).toBeLessThanOrEqual(limit);
    }
    expect(truncateMarkdown('short', 100, 'tail', 'chars')).toBe('short');
  });
});
