import {
  AlreadyExistsError,
  type GitHubClient,
  githubError,
  isAlreadyExists,
  isRequestError,
  type RepoRef,
  unlessNotFound,
} from "./client.js";

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>` where GitHub computed it. */
  digest: string | null;
  url: string;
  downloadUrl: string;
}

export interface Release {
  id: number;
  tag: string;
  name: string | null;
  body: string | null;
  url: string;
  uploadUrl: string;
  assets: ReleaseAsset[];
}

type RawAsset = {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
  url: string;
  browser_download_url: string;
};
const toAsset = (a: RawAsset): ReleaseAsset => ({
  id: a.id,
  name: a.name,
  size: a.size,
  digest: a.digest ?? null,
  url: a.url,
  downloadUrl: a.browser_download_url,
});

function toRelease(d: {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  html_url: string;
  upload_url: string;
  assets: RawAsset[];
}): Release {
  return {
    id: d.id,
    tag: d.tag_name,
    name: d.name,
    body: d.body ?? null,
    url: d.html_url,
    uploadUrl: d.upload_url,
    assets: d.assets.map(toAsset),
  };
}

/** Creates a release on an existing tag; AlreadyExistsError when the tag has one. */
export async function createRelease(
  client: GitHubClient,
  repo: RepoRef,
  opts: { tag: string; name?: string; body?: string; prerelease?: boolean; draft?: boolean },
): Promise<Release> {
  try {
    const { data } = await client.rest.repos.createRelease({
      ...repo,
      tag_name: opts.tag,
      name: opts.name ?? opts.tag,
      body: opts.body ?? "",
      prerelease: opts.prerelease ?? false,
      draft: opts.draft ?? false,
    });
    return toRelease(data);
  } catch (e) {
    if (isAlreadyExists(e)) throw new AlreadyExistsError(`release for tag ${opts.tag}`, e);
    throw githubError(`create release ${opts.tag}`, e);
  }
}

/** The release on `tag`, or undefined. */
export function getReleaseByTag(
  client: GitHubClient,
  repo: RepoRef,
  tag: string,
): Promise<Release | undefined> {
  return unlessNotFound(`read release ${tag}`, async () =>
    toRelease((await client.rest.repos.getReleaseByTag({ ...repo, tag })).data),
  );
}

/**
 * Uploads one file to a release. The upload goes to the release's own `upload_url` (another host
 * on github.com, a path on GitHub Enterprise Server), so the URL is taken from the release rather
 * than built from the API root.
 */
export async function uploadReleaseAsset(
  client: GitHubClient,
  release: Pick<Release, "uploadUrl" | "tag">,
  asset: { name: string; data: Uint8Array; contentType?: string; label?: string },
): Promise<ReleaseAsset> {
  try {
    const { data } = await client.request({
      method: "POST",
      url: release.uploadUrl,
      name: asset.name,
      ...(asset.label ? { label: asset.label } : {}),
      data: asset.data,
      headers: {
        "content-type": asset.contentType ?? "application/octet-stream",
        "content-length": asset.data.byteLength,
      },
    });
    return toAsset(data as RawAsset);
  } catch (e) {
    if (isRequestError(e, 422))
      throw new AlreadyExistsError(`asset ${asset.name} on release ${release.tag}`, e);
    throw githubError(`upload ${asset.name} to release ${release.tag}`, e);
  }
}

export async function listReleaseAssets(
  client: GitHubClient,
  repo: RepoRef,
  releaseId: number,
): Promise<ReleaseAsset[]> {
  try {
    const all = await client.paginate(client.rest.repos.listReleaseAssets, {
      ...repo,
      release_id: releaseId,
      per_page: 100,
    });
    return all.map(toAsset);
  } catch (e) {
    throw githubError(`list the assets of release ${releaseId}`, e);
  }
}

/**
 * The repository's releases, newest first, a page (100) at a time; `until` stops the paging as
 * soon as it says enough was seen, so a caller that knows what it looks for reads no further.
 */
export async function listReleases(
  client: GitHubClient,
  repo: RepoRef,
  until: (page: Release[]) => boolean = () => false,
): Promise<Release[]> {
  const all: Release[] = [];
  try {
    for await (const { data } of client.paginate.iterator(client.rest.repos.listReleases, {
      ...repo,
      per_page: 100,
    })) {
      const page = data.map(toRelease);
      all.push(...page);
      if (until(page)) break;
    }
  } catch (e) {
    throw githubError("list releases", e);
  }
  return all;
}

/** An asset's bytes (GitHub redirects the octet-stream request to its storage host). */
export async function downloadReleaseAsset(
  client: GitHubClient,
  repo: RepoRef,
  asset: Pick<ReleaseAsset, "id" | "name">,
): Promise<Uint8Array> {
  try {
    const { data } = await client.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
    });
    return new Uint8Array(data as unknown as ArrayBuffer);
  } catch (e) {
    throw githubError(`download release asset ${asset.name}`, e);
  }
}
