// The files a pull request changes, from GET /repos/{owner}/{repo}/pulls/{number}/files: it works with the default
// shallow checkout. GitHub lists at most 3,000 files; a pull request with more cannot be scoped from the API. The
// same listing carries each file's diff (`patch`), kept for JSON files: the review's suggestions need their lines.
import type { Octokit } from '../comment/octokit.js';

/** GitHub's limit on the files that endpoint lists for one pull request. */
export const MAX_LISTED_FILES = 3_000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Most characters of patches kept from one listing (GitHub itself leaves out the patch of very large diffs). */
export const MAX_KEPT_PATCH_CHARS = 16 * 1024 * 1024;

/**
 * Every path the pull request touches (added, changed and removed files, and the old name of a renamed one), and
 * the patch of each JSON file that has one: only JSON files ever get a fix.
 */
export async function pullRequestFiles(octokit: Octokit, pr: PullRequestRef): Promise<{ files: string[]; listed: number; patches: Map<string, string> }> {
  const files = new Set<string>();
  const patches = new Map<string, string>();
  let kept = 0;
  let listed = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })) {
    for (const f of page.data) {
      listed++;
      files.add(f.filename);
      if (f.previous_filename) files.add(f.previous_filename);
      if (f.patch && /\.json$/i.test(f.filename) && kept + f.patch.length <= MAX_KEPT_PATCH_CHARS) {
        patches.set(f.filename, f.patch);
        kept += f.patch.length;
      }
    }
    if (listed >= MAX_LISTED_FILES) break;
  }
  return { files: [...files], listed, patches };
}
