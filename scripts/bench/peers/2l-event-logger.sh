#!/usr/bin/env bash
# PEER FIXTURE, never shipped: 2L's lib/2l-event-logger.sh (`log_2l_event TYPE DATA [PHASE]
# [AGENT_ID]`), reproduced from its published behaviour so the bench runs it beside ours
# (lib/2l-event-logger.sh). Published behaviour:
#   - phase defaults to `unknown`, agent_id to `orchestrator`; an empty TYPE or DATA returns 1;
#   - timestamp from a `date -u +%Y-%m-%dT%H:%M:%SZ` fork (seconds, no milliseconds);
#   - `mkdir -p .2L` (a fork) on every call, relative to the caller's folder;
#   - only `"` is escaped (backslashes, newlines and control characters are written raw,
#     which makes invalid JSON lines: the bug our logger fixes);
#   - the line is built in a string and appended with `echo … >> .2L/events.jsonl`, errors
#     ignored (`|| true`), so the call always returns 0 once it got its two arguments.
# A guess: whether phase and agent_id were escaped too (one published copy does, one does
# not); this copy escapes all four, the costlier variant, to be fair to the peer.
log_2l_event() {
  local event_type="$1" data="$2" phase="${3:-unknown}" agent_id="${4:-orchestrator}"
  if [ -z "$event_type" ] || [ -z "$data" ]; then
    return 1
  fi
  local timestamp
  timestamp=$(date -u +"%Y-%m-%dT%H:%M:%SZ")
  local event_file=".2L/events.jsonl"
  mkdir -p .2L 2>/dev/null || true
  event_type="${event_type//\"/\\\"}"
  data="${data//\"/\\\"}"
  phase="${phase//\"/\\\"}"
  agent_id="${agent_id//\"/\\\"}"
  local line="{\"timestamp\":\"$timestamp\",\"event_type\":\"$event_type\",\"phase\":\"$phase\",\"agent_id\":\"$agent_id\",\"data\":\"$data\"}"
  echo "$line" >>"$event_file" 2>/dev/null || true
}
export -f log_2l_event
