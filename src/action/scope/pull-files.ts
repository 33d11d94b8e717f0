// The files a pull request changes, from GET /repos/{owner}/{repo}/pulls/{number}/files: it works with the default
// shallow checkout. GitHub lists at most 3,000 files; a pull request with more cannot be scoped from the API.
import type { Octokit } from '../comment/octokit.js';

/** GitHub's limit on the files that endpoint lists for one pull request. */
export const MAX_LISTED_FILES = 3_000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Every path the pull request touches: added, changed and removed files, and the old name of a renamed one. */
export async function pullRequestFiles(octokit: Octokit, pr: PullRequestRef): Promise<{ files: string[]; listed: number }> {
  const files = new Set<string>();
  let listed = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })) {
    for (const f of page.data) {
      listed++;
      files.add(f.filename);
      if (f.previous_filename) files.add(f.previous_filename);
    }
    if (listed >= MAX_LISTED_FILES) break;
  }
  return { files: [...files], listed };
}
