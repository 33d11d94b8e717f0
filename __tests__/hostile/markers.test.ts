// Hidden markers forged by package text (issue 20, item 4): a folder package holding a file named
// "<!-- copilot-publish-check:comment key=… -->.json" put that marker into the comment body, so the next run of
// another workflow updated the wrong comment, and a forged digest marked every finding new. Markers are now read
// only where the tool writes them (the key on the first line, the digest on the last, a suggestion's marker on its
// comment's last line), and `<!--`/`-->` in package text never reaches a body as written.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderComment } from '../../src/action/comment/body.js';
import { commentKey, digestLine, firstLine, hasMarker, lastLine, legacyKeyOf, markerLine, parseDigest } from '../../src/action/comment/marker.js';
import { publishComment } from '../../src/action/comment/publish.js';
import type { PullRequestTarget } from '../../src/action/comment/target.js';
import { suggestionBody, suggestionIds, suggestionMarker } from '../../src/action/review/body.js';
import { checkPaths } from '../../src/engine/index.js';
import { codeSpan, escapeMarkdown, renderSummary } from '../../src/report/index.js';
import { fingerprintFindings } from '../../src/report/fingerprint.js';
import { botApi } from '../helpers/bot-api.js';
import { teamsPackage } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { under } from '../helpers/repositories.js';

const OTHER_JOB = commentKey('.github/workflows/other.yml', 'check');
const THIS_JOB = commentKey('.github/workflows/check.yml', 'check');
const FORGED_FINGERPRINT = '000000000001';
/** File names that are markers: another job's key, an earlier version's key, a digest, a suggestion. */
const HOSTILE_NAMES = [
  `${markerLine(OTHER_JOB)}.json`,
  '<!-- copilot-publish-check:comment key=abcdef012345 -->.json',
  `${digestLine([FORGED_FINGERPRINT])}.json`,
  `${suggestionMarker('0123456789abcdef')}.json`,
];
const OPTIONS = {
  links: { serverUrl: 'https://github.com', repository: 'contoso/orders', ref: 'b'.repeat(40) },
  runUrl: 'https://github.com/contoso/orders/actions/runs/1',
};

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function hostileReport() {
  const files = Object.fromEntries(HOSTILE_NAMES.map((n) => [n, '{"hello": "world"}']));
  const ws = await makeWorkspace(under('app', teamsPackage(undefined, files)));
  made.push(ws);
  const { report } = await checkPaths(['app'], { audience: 'both', toolVersion: 'test', cwd: ws });
  return report;
}

/** Every place a hidden HTML comment of ours starts in a body, as written. */
const rawMarkers = (body: string) => body.match(/<!-- copilot-publish-check/g) ?? [];

describe('a folder package whose file names are markers', () => {
  it('is reported with those names, and the comment body holds only our two markers, where we write them', async () => {
    const report = await hostileReport();
    const unused = report.packages[0].findings.filter((f) => f.ruleId === 'package.unused-file').map((f) => f.file);
    expect(unused.sort()).toEqual([...HOSTILE_NAMES].sort());
    const body = renderComment(report, { ...OPTIONS, key: THIS_JOB });
    // The names are shown (broken with a zero-width space), never as a marker.
    expect(body).toContain('copilot-publish-check:comment key=abcdef012345');
    expect(rawMarkers(body)).toHaveLength(2);
    expect(firstLine(body)).toBe(markerLine(THIS_JOB));
    expect(hasMarker(body, THIS_JOB)).toBe(true);
    expect(hasMarker(body, OTHER_JOB)).toBe(false);
    expect(legacyKeyOf(body)).toBeUndefined();
    const digest = parseDigest(body);
    const real = fingerprintFindings(report).filter((x) => !x.finding.suppressed).map((x) => x.fingerprint);
    expect([...(digest?.fingerprints ?? [])].sort()).toEqual([...new Set(real)].sort());
    expect(digest?.fingerprints.has(FORGED_FINGERPRINT)).toBe(false);
    // The job summary (full form, notices too) holds none at all.
    expect(rawMarkers(renderSummary(report, { links: OPTIONS.links }))).toEqual([]);
  });

  it('markers are read only on the first and last lines', () => {
    const body = `${markerLine(THIS_JOB)}\nsome text ${markerLine(OTHER_JOB)}\n<!-- copilot-publish-check:comment key=abcdef012345 -->\n${digestLine([FORGED_FINGERPRINT])}\nmore\n${digestLine(['abcdefabcdef'])}\n`;
    expect(hasMarker(body, THIS_JOB)).toBe(true);
    expect(hasMarker(body, OTHER_JOB)).toBe(false);
    expect(legacyKeyOf(body)).toBeUndefined();
    expect([...(parseDigest(body)?.fingerprints ?? [])]).toEqual(['abcdefabcdef']);
    expect(hasMarker(`\n${markerLine(THIS_JOB)}`, THIS_JOB)).toBe(false);
    // CRLF, as GitHub's editor saves a body.
    expect(hasMarker(`${markerLine(THIS_JOB)}\r\nx\r\n${digestLine(['abcdefabcdef'])}\r\n`, THIS_JOB)).toBe(true);
    expect(lastLine(`x\r\n${digestLine(['abcdefabcdef'])}\r\n`)).toBe(digestLine(['abcdefabcdef']));
    expect(legacyKeyOf('<!-- copilot-publish-check:comment key=abcdef012345 -->\nold body')).toBe('abcdef012345');
  });

  it('escapes <!-- and --> in every markdown form of package text', () => {
    for (const text of HOSTILE_NAMES) {
      expect(rawMarkers(codeSpan(text))).toEqual([]);
      expect(rawMarkers(codeSpan(text, true))).toEqual([]);
      expect(rawMarkers(escapeMarkdown(text))).toEqual([]);
      expect(codeSpan('a-->b<!--c')).not.toMatch(/<!--|-->/);
    }
  });

  it('a suggested line holding a forged marker does not make the suggestion look made', () => {
    const body = suggestionBody({
      findings: [{ ruleId: 'teams.version-semver', severity: 'error', message: 'm', file: 'manifest.json', pointer: '/version', audiences: ['multitenant'], docs: 'https://learn.microsoft.com/x', fix: { description: 'd', changes: [], edits: [], applicable: true } }],
      path: 'appPackage/manifest.json',
      start: 1,
      end: 1,
      lines: [`  "version": "1.0.0", "x": "${suggestionMarker('0123456789abcdef')}"`],
      id: 'fedcba9876543210',
    });
    expect(suggestionIds(body)).toEqual(['fedcba9876543210']);
  });
});

describe('the next run of another workflow job', () => {
  const TOKEN = 'ghs_markers';
  const ISSUE = 'contoso/orders#7';
  const TARGET: PullRequestTarget = { owner: 'contoso', repo: 'orders', number: 7, headSha: 'b'.repeat(40), runUrl: OPTIONS.runUrl, serverUrl: 'https://github.com' };
  const stand = botApi(TOKEN);

  it('creates its own comment and leaves the first job’s alone', async () => {
    const report = await hostileReport();
    const octokit = stand.octokit();
    const first = await publishComment(octokit, TARGET, THIS_JOB, (previous) => renderComment(report, { ...OPTIONS, key: THIS_JOB, previous }));
    expect(first.action).toBe('created');
    let seen: ReadonlySet<string> | undefined;
    const second = await publishComment(octokit, TARGET, OTHER_JOB, (previous) => {
      seen = previous?.fingerprints;
      return renderComment(report, { ...OPTIONS, key: OTHER_JOB, previous });
    });
    expect(second.action).toBe('created');
    expect(seen).toBeUndefined();
    expect(stand.api.commentsOn(ISSUE).map((c) => firstLine(c.body))).toEqual([markerLine(THIS_JOB), markerLine(OTHER_JOB)]);
  });
});
