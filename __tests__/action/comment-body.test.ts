import { describe, expect, it } from 'vitest';
import { changesSentence, compareDigest, MAX_COMMENT_CHARS, renderComment } from '../../src/action/comment/body.js';
import { commentKey, digestLine, hasMarker, legacyCommentKey, legacyKeyOf, markerLine, parseDigest } from '../../src/action/comment/marker.js';
import { fingerprintFindings } from '../../src/report/fingerprint.js';
import { cleanPackage, finding, HOSTILE, pkg, report } from '../report/fixture-report.js';

const OPTIONS = {
  key: commentKey('contoso/orders/.github/workflows/check.yml', 'check'),
  links: { serverUrl: 'https://github.com', repository: 'contoso/orders', ref: 'b'.repeat(40) },
  runUrl: 'https://github.com/contoso/orders/actions/runs/4242',
};

describe('the comment body', () => {
  it('first run (snapshot)', () => {
    expect(renderComment(report([pkg(), cleanPackage()]), OPTIONS)).toMatchSnapshot();
  });

  it('a later run marks new findings and counts fixed ones (snapshot)', () => {
    const before = report([pkg({ findings: [finding(), finding({ pointer: '/description/short', message: 'old problem' })] })]);
    const previous = parseDigest(renderComment(before, OPTIONS));
    const after = report([pkg({ findings: [finding(), finding({ pointer: '/icons/color', message: 'new problem' })] })]);
    const body = renderComment(after, { ...OPTIONS, previous });
    expect(body).toContain('**Since the last run:** 1 new (🆕), 1 fixed, 1 unchanged.');
    expect(body.split('\n').filter((l) => l.includes('🆕 |'))).toHaveLength(1);
    expect(body).toMatchSnapshot();
  });

  it('says so when a later run passes', () => {
    const previous = parseDigest(renderComment(report(), OPTIONS));
    const body = renderComment(report([cleanPackage()]), { ...OPTIONS, previous });
    expect(body).toContain('✅ **No errors or warnings left: 3 findings from the last run are fixed.**');
    expect(changesSentence({ added: 0, fixed: 0, unchanged: 0 }, true, false)).toBe('✅ **Still no errors or warnings.**');
  });

  it('never passes 65,536 characters, keeps marker and digest, and links to the job summary', () => {
    const big = Array.from({ length: 60 }, (_, i) =>
      // A rule each, so the comment's short form cannot fold them into one row per rule.
      pkg({ path: `p${i}.zip`, findings: Array.from({ length: 50 }, (_, j) => finding({ ruleId: `teams.rule-${j}`, pointer: `/a/${j}`, message: `${HOSTILE} ${j}` })) }),
    );
    const body = renderComment(report(big), OPTIONS);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(hasMarker(body, OPTIONS.key)).toBe(true);
    expect(body).toContain('This comment was trimmed');
    expect(body).toContain(`[The job summary](${OPTIONS.runUrl})`);
    const digest = parseDigest(body);
    expect(digest?.fingerprints.size).toBe(1000);
    expect(digest?.partial).toBe(true);
    expect(renderComment(report(big), { ...OPTIONS, maxChars: 20_000 }).length).toBeLessThanOrEqual(20_000);
  });

  it('keeps package text inert', () => {
    const body = renderComment(report([pkg({ meta: { name: HOSTILE }, findings: [finding({ message: HOSTILE })] })]), OPTIONS);
    expect(body).not.toMatch(/<img|@someone|@org|-->.*-->/);
    // Only our two hidden comments.
    expect(body.match(/<!--/g)).toHaveLength(2);
  });
});

describe('marker and digest', () => {
  it('one key per workflow job, whatever the paths', () => {
    expect(commentKey('o/r/.github/workflows/a.yml', 'check')).toBe(commentKey('o/r/.github/workflows/a.yml', 'check'));
    expect(commentKey('o/r/.github/workflows/a.yml', 'check')).not.toBe(commentKey('o/r/.github/workflows/a.yml', 'lint'));
    expect(commentKey('o/r/.github/workflows/a.yml', 'check')).not.toBe(commentKey('o/r/.github/workflows/b.yml', 'check'));
    expect(hasMarker(`${markerLine('abc')}\nx\n`, 'abc')).toBe(true);
    // Only where the tool writes it: the first line (package text further down may hold anything).
    expect(hasMarker(`x\n${markerLine('abc')}\n`, 'abc')).toBe(false);
    expect(hasMarker(markerLine('abcd'), 'abc')).toBe(false);
  });

  it("reads the key of an earlier version's marker (one per path set, whatever the order)", () => {
    expect(legacyCommentKey(['b', './a'])).toBe(legacyCommentKey(['a', 'b', 'a']));
    expect(legacyCommentKey(['a'])).not.toBe(legacyCommentKey(['b']));
    const key = legacyCommentKey(['appPackage/build/*.zip']);
    expect(legacyKeyOf(`<!-- copilot-publish-check:comment key=${key} -->\n## Copilot publish check`)).toBe(key);
    expect(legacyKeyOf(markerLine(key))).toBeUndefined();
  });

  it('reads back what it wrote, and ignores anything else', () => {
    const fps = fingerprintFindings(report()).map((x) => x.fingerprint);
    expect([...parseDigest(digestLine(fps))!.fingerprints]).toEqual(fps);
    expect(parseDigest('no digest')).toBeUndefined();
    expect(parseDigest('<!-- copilot-publish-check:digest v1 zz,<b> -->')).toBeUndefined();
    expect(compareDigest(['a1a1a1', 'b2b2b2'], { fingerprints: new Set(['b2b2b2', 'c3c3c3']), partial: false })).toEqual({ added: 1, fixed: 1, unchanged: 1 });
  });
});
