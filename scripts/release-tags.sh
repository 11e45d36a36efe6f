#!/usr/bin/env bash
# Tags a release: vX.Y.Z on HEAD, and moves the major tag vX that workflows pin (`@v0`) to it.
# Run by .github/workflows/release.yml after the tests and the dist check, from the repository root
# with an `origin` it may push to. The version is package.json's; nothing here picks or bumps one.
#
# Invariants:
# - package.json, src/version.ts and a `## [X.Y.Z]` heading in CHANGELOG.md agree, and on a tag push
#   the pushed tag is vX.Y.Z; otherwise nothing is tagged.
# - vX.Y.Z is never moved: if it exists on another commit the release fails; on HEAD, it is kept.
# - vX only moves forward: it follows the highest vX.*.* release, so tagging an older patch
#   (a backport) leaves it where it is.
set -euo pipefail

fail() {
  echo "::error title=release::$1" >&2
  exit 1
}

version=$(node -p 'require("./package.json").version')
[[ $version =~ ^([0-9]+)\.[0-9]+\.[0-9]+$ ]] || fail "package.json version '$version' is not X.Y.Z"
tag="v$version"
major="v${BASH_REMATCH[1]}"

grep -qE "^export const VERSION = \"${version//./\\.}\";$" src/version.ts ||
  fail "src/version.ts does not say VERSION = \"$version\" (package.json's version)"
grep -qE "^## \[${version//./\\.}\]" CHANGELOG.md ||
  fail "CHANGELOG.md has no '## [$version]' section: describe the release before tagging it"
if [[ ${GITHUB_REF_TYPE:-} == tag && ${GITHUB_REF_NAME:-} != "$tag" ]]; then
  fail "the pushed tag $GITHUB_REF_NAME is not package.json's version ($tag)"
fi

git fetch --quiet --force --tags origin
head=$(git rev-parse HEAD)
if existing=$(git rev-parse -q --verify "refs/tags/$tag^{commit}"); then
  [[ $existing == "$head" ]] || fail "$tag already exists on ${existing:0:12}, not on this commit ${head:0:12}"
  echo "$tag is already on ${head:0:12}"
else
  git tag -a "$tag" -m "mlgate $version" "$head"
  git push --quiet origin "refs/tags/$tag"
  echo "tagged $tag on ${head:0:12}"
fi

highest=$(git tag --list "$major.*.*" | grep -E "^$major\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1)
if [[ $highest != "$tag" ]]; then
  echo "$major stays on $highest, a later release than $tag"
else
  git tag -f "$major" "$head" >/dev/null
  git push --quiet --force origin "refs/tags/$major"
  echo "moved $major to $tag"
fi

if [[ -n ${GITHUB_OUTPUT:-} ]]; then
  {
    echo "version=$version"
    echo "tag=$tag"
    echo "major=$major"
  } >>"$GITHUB_OUTPUT"
fi
