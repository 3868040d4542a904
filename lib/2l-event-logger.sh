#!/usr/bin/env bash
# 2L event logger: drop-in replacement for 2L's lib/2l-event-logger.sh.
#
#   source ~/.claude/lib/2l/2l-event-logger.sh
#   log_2l_event "event_type" "data" ["phase"] ["agent_id"]
#
# Appends one JSON line to ${CLAUDE_PROJECT_DIR:-$PWD}/.2L/events.jsonl in the 2L
# event format (docs/event-format.md). Unlike the original, every input gives
# valid JSON: backslashes, quotes, newlines, tabs and other control characters
# are escaped. Pure bash (no fork on the common path) so it stays as cheap as
# the original; returns 1 when event_type or data is empty, like the original,
# and never fails the caller otherwise.

# Longest data kept, in bytes; longer data is cut with a visible marker. Keeps
# a line within one write() so concurrent writers never interleave.
__2L_MAX_DATA=1500

# __2l_json_escape VALUE: sets __2l_escaped to VALUE escaped for a JSON string.
__2l_json_escape() {
  local LC_ALL=C s=$1 c i
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  if [[ $s == *[$'\001'-$'\010'$'\013'$'\014'$'\016'-$'\037']* ]]; then
    local hex u
    for i in 1 2 3 4 5 6 7 8 11 12 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
      printf -v hex '%02x' "$i"
      printf -v c "\\x$hex"
      if [[ $s == *"$c"* ]]; then
        printf -v u '\\u00%s' "$hex"
        s=${s//"$c"/$u}
      fi
    done
  fi
  __2l_escaped=$s
}

# __2l_cut VALUE MAX: sets __2l_cut_out to VALUE cut to MAX bytes on a UTF-8 boundary.
__2l_cut() {
  local LC_ALL=C s=$1 max=$2 total
  total=${#s}
  if (( total <= max )); then __2l_cut_out=$s; return; fi
  s=${s:0:max}
  # drop a trailing partial UTF-8 sequence: continuation bytes, then their lead byte
  while [[ -n $s && ${s: -1} == [$'\x80'-$'\xbf'] ]]; do s=${s:0:${#s}-1}; done
  [[ -n $s && ${s: -1} == [$'\xc0'-$'\xff'] ]] && s=${s:0:${#s}-1}
  __2l_cut_out="${s}…[truncated $(( total - ${#s} )) bytes]"
}

__2l_timestamp() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    local now=$EPOCHREALTIME TZ=UTC0
    local frac=${now#*.}
    printf -v __2l_ts '%(%Y-%m-%dT%H:%M:%S)T.%sZ' "${now%.*}" "${frac:0:3}"
  else
    __2l_ts=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
  fi
}

log_2l_event() {
  local event_type=$1 data=$2 phase=${3:-unknown} agent_id=${4:-orchestrator}
  if [[ -z $event_type || -z $data ]]; then
    return 1
  fi
  local dir="${CLAUDE_PROJECT_DIR:-$PWD}/.2L"
  local __2l_escaped __2l_cut_out __2l_ts t d p a line

  __2l_cut "$data" "$__2L_MAX_DATA"; __2l_json_escape "$__2l_cut_out"; d=$__2l_escaped
  # control-heavy data can grow six-fold when escaped: cut harder to keep one write
  if (( ${#d} > 3000 )); then __2l_cut "$data" 400; __2l_json_escape "$__2l_cut_out"; d=$__2l_escaped; fi
  __2l_cut "$event_type" 64; __2l_json_escape "$__2l_cut_out"; t=$__2l_escaped
  __2l_cut "$phase" 120; __2l_json_escape "$__2l_cut_out"; p=$__2l_escaped
  __2l_cut "$agent_id" 120; __2l_json_escape "$__2l_cut_out"; a=$__2l_escaped
  __2l_timestamp

  printf -v line '{"timestamp":"%s","event_type":"%s","phase":"%s","agent_id":"%s","data":"%s","v":1,"source":"emit"}' \
    "$__2l_ts" "$t" "$p" "$a" "$d"
  [[ -d $dir ]] || mkdir -p "$dir" 2>/dev/null || return 0
  printf '%s\n' "$line" >> "$dir/events.jsonl" 2>/dev/null || true
  return 0
}
