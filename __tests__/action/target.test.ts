import { describe, expect, it } from 'vitest';
import { decideTarget, headCommit, type GithubEvent } from '../../src/action/comment/target.js';

const base: GithubEvent = { eventName: 'push', payload: {}, repository: 'contoso/orders', serverUrl: 'https://github.com', runId: '9', sha: 'a'.repeat(40), actor: 'octocat' };
const pr = (headRepo: string | null) => ({ pull_request: { number: 7, head: { sha: 'b'.repeat(40), repo: headRepo === null ? null : { full_name: headRepo } } } });

describe('which pull request to comment on', () => {
  it('pull_request from the same repository', () => {
    const d = decideTarget({ ...base, eventName: 'pull_request', payload: pr('contoso/orders') }, undefined);
    expect(d).toEqual({
      kind: 'comment',
      target: { owner: 'contoso', repo: 'orders', number: 7, headSha: 'b'.repeat(40), runUrl: 'https://github.com/contoso/orders/actions/runs/9', serverUrl: 'https://github.com' },
    });
  });

  it('pull_request from a fork, a deleted fork, or Dependabot: read-only', () => {
    expect(decideTarget({ ...base, eventName: 'pull_request', payload: pr('forker/orders') }, undefined).kind).toBe('read-only');
    expect(decideTarget({ ...base, eventName: 'pull_request', payload: pr(null) }, undefined).kind).toBe('read-only');
    expect(decideTarget({ ...base, eventName: 'pull_request', payload: pr('contoso/orders'), actor: 'dependabot[bot]' }, undefined).kind).toBe('read-only');
  });

  it('pull_request_target can write even for forks', () => {
    expect(decideTarget({ ...base, eventName: 'pull_request_target', payload: pr('forker/orders') }, undefined).kind).toBe('comment');
  });

  it('workflow_run: listed pull request, the input (verified against the head), or a warning', () => {
    const run = (prs: unknown[]) => ({ ...base, eventName: 'workflow_run', payload: { workflow_run: { head_sha: 'c'.repeat(40), pull_requests: prs } } });
    expect(decideTarget(run([{ number: 3 }]), undefined)).toMatchObject({ kind: 'comment', target: { number: 3, headSha: 'c'.repeat(40) } });
    const d = decideTarget(run([]), 5);
    expect(d).toMatchObject({ kind: 'comment', target: { number: 5, verifyHead: 'c'.repeat(40) } });
    expect(decideTarget(run([]), undefined).kind).toBe('missing-number');
  });

  it('other events: only with the input', () => {
    expect(decideTarget(base, undefined).kind).toBe('none');
    expect(decideTarget(base, 4)).toMatchObject({ kind: 'comment', target: { number: 4, headSha: 'a'.repeat(40) } });
    expect(decideTarget({ ...base, repository: '' }, 4).kind).toBe('none');
  });

  it('links point at the head commit', () => {
    expect(headCommit({ ...base, payload: pr('x/y') })).toBe('b'.repeat(40));
    expect(headCommit({ ...base, payload: { workflow_run: { head_sha: 'c'.repeat(40) } } })).toBe('c'.repeat(40));
    expect(headCommit(base)).toBe('a'.repeat(40));
  });
});
