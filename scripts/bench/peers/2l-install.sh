#!/usr/bin/env bash
# PEER FIXTURE, never shipped: `2l.sh install` of 2L, reproduced from its published behaviour
# so the bench runs it beside our ./install.mjs. Usage: 2l-install.sh PACK_DIR [TARGET]
# (TARGET defaults to ~/.claude).
# Published behaviour:
#   - before touching anything, a full backup copy (`cp -r`) of what the pack installs into
#     (TARGET/agents, TARGET/commands, TARGET/lib) to a time-stamped folder, on every run, also
#     when nothing changed (so a re-install writes the whole tree twice);
#   - then a plain `cp -r` of the pack's agents/, commands/ and lib/ into TARGET, overwriting;
#   - an install-state YAML in TARGET (installed_at, version, components, backups list).
# Guesses: the names of the backup folder (.2l-backups/<UTC stamp>) and of the state file
# (.2l-install.yaml); the pack layout is ours (dist/ and the logger live under lib/), since the
# bench installs our files with both installers. Every `cp` is a fork, as in the original.
set -e
pack=${1:?usage: 2l-install.sh PACK_DIR [TARGET]}
target=${2:-$HOME/.claude}
stamp=$(date -u +%Y%m%d-%H%M%S)-$$
state="$target/.2l-install.yaml"

mkdir -p "$target"
backup=""
for part in agents commands lib; do
  if [ -d "$target/$part" ]; then
    backup="$target/.2l-backups/$stamp"
    mkdir -p "$backup"
    cp -r "$target/$part" "$backup/"
  fi
done

for part in agents commands lib; do
  if [ -d "$pack/$part" ]; then
    mkdir -p "$target/$part"
    cp -r "$pack/$part/"* "$target/$part/"
  fi
done

{
  echo "installed_at: \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\""
  echo "version: \"1.0.0\""
  echo "components: [agents, commands, lib]"
  echo "backups:"
  if [ -f "$state.prev" ]; then grep '^  - ' "$state.prev" || true; fi
  if [ -n "$backup" ]; then echo "  - {timestamp: \"$stamp\", path: \"$backup\"}"; fi
} >"$state.new"
mv "$state.new" "$state"
cp "$state" "$state.prev"
echo "2L installed to $target"
