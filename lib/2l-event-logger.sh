#!/usr/bin/env bash
# 2L event logger: drop-in replacement for 2L's lib/2l-event-logger.sh.
#
#   source ~/.claude/lib/2l/2l-event-logger.sh
#   log_2l_event "event_type" "data" ["phase"] ["agent_id"]
#
# Appends one JSON line to ${CLAUDE_PROJECT_DIR:-$PWD}/.2L/events.jsonl in the 2L
# event format (docs/event-format.md), with the guarantees of the hook's writer:
# - valid JSON for any input: backslashes, quotes, newlines, tabs and other control
#   characters are escaped; long values are cut on a UTF-8 boundary with a marker;
# - secrets (the shapes lib/redact.ts knows, and Stripe, Google, npm and Hugging Face
#   keys) are redacted in every field before anything is cut or written;
# - nothing is written through a path the repository planted: `.2L` must be a real
#   folder of ours and events.jsonl a regular file (a link, FIFO, device or folder
#   there is refused without being opened, so a FIFO cannot hang the caller);
# - `.2L` is created 0700 with a .gitignore of `*`, the log 0600, whatever the umask;
# - past TWOL_LOG_MAX_BYTES (decimal bytes, at least 1024; default 50 MiB) the log is
#   renamed to .2L/events-<YYYYMMDDTHHMMSSmmmZ>[-N].jsonl under the .rotate.lock
#   folder lock of lib/event-writer.ts, so bash and Node writers rotate one log safely.
#
# Returns 0 when the line was written, or when writing it failed (a full disk, no
# project folder: silently, like 2L); 1 when event_type or data is empty (like 2L);
# 2 when refused because of a planted path, with one line on stderr naming it.
# Safe in callers under `set -euo pipefail` (missing arguments are not unbound
# variables; no internal test fails the caller), and leaves the caller's umask,
# shell options, IFS and file descriptors as they were.
#
# Pure bash: no fork on the common path. Creating `.2L` or the log, and rotating,
# run mkdir/mv in a subshell; that happens once per log, not per event.

# Longest data kept, in bytes; longer data is cut with a visible marker. Lines are
# kept under 4,000 bytes so each goes out in one write() and concurrent writers
# never interleave.
__2L_MAX_DATA=1500
__2L_MAX_LOG_BYTES=$((50 * 1024 * 1024))
# Matches of one rule in one field past this drop the rest of the field: each costs a
# regex pass, so text made of secrets would otherwise take seconds.
__2L_MAX_SECRETS=32
# A rotation lock older than this (seconds) is from a writer that died mid-rotation.
__2L_STALE_LOCK_S=10

# __2l_json_escape VALUE: sets __2l_escaped to VALUE escaped for a JSON string.
__2l_json_escape() {
  local s=$1 c i
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

# __2l_cut VALUE MAX DROPPED: sets __2l_cut_out to VALUE cut to MAX bytes on a UTF-8
# boundary; DROPPED bytes were already cut off before (the redaction window).
__2l_cut() {
  local s=$1 max=$2 dropped=$3 total
  total=${#s}
  if (( total <= max && dropped == 0 )); then __2l_cut_out=$s; return 0; fi
  if (( total > max )); then s=${s:0:max}; fi
  # drop a trailing partial UTF-8 sequence: continuation bytes, then their lead byte
  while [[ -n $s && ${s: -1} == [$'\x80'-$'\xbf'] ]]; do s=${s:0:${#s}-1}; done
  if [[ -n $s && ${s: -1} == [$'\xc0'-$'\xff'] ]]; then s=${s:0:${#s}-1}; fi
  __2l_cut_out="${s}…[truncated $(( total + dropped - ${#s} )) bytes]"
}

# __2l_clock FORMAT SEP: sets __2l_time to now in UTC as strftime FORMAT, SEP, milliseconds, Z.
__2l_clock() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    local now=$EPOCHREALTIME TZ=UTC0
    local frac=${now#*[.,]}000
    printf -v __2l_time "%(${1})T${2}%sZ" "${now%[.,]*}" "${frac:0:3}"
  else
    __2l_time=$(date -u "+${1}${2}000Z")
  fi
}

# __2l_looks_secret TEXT: true when TEXT has the shape of any secret __2l_scrub removes.
# Globs only, so text without one (nearly every event) costs no regex at all; one
# `case` matches them several times faster than a chain of [[ == ]].
__2l_looks_secret() {
  case $1 in
    *sk-* | *gh[pousr]_* | *github_pat_* | *A[KS]IA* | *xox[abposr]-* | *[rs]k_live_* | *[rs]k_test_* | *AIza* \
      | *npm_* | *hf_* | *eyJ* | *://*@* | *'PRIVATE KEY'* | *[Bb][Ee][Aa][Rr][Ee][Rr]* | *[Bb][Aa][Ss][Ii][Cc]* \
      | *[Tt][Oo][Kk][Ee][Nn]* | *[Pp][Aa][Ss][Ss]* | *[Ss][Ee][Cc][Rr][Ee][Tt]* | *[Kk][Ee][Yy]*) return 0 ;;
  esac
  return 1
}

# __2l_sub REGEX LABEL [QUOTES]: in __2l_red, replaces each match of REGEX, left to
# right, by its group 1 (context kept) and LABEL; with QUOTES a quoted value keeps
# its quotes. POSIX ERE has no \b, lookahead or lazy match: the rules below spell
# \b as a kept group, and a match never reaches past the secret.
__2l_sub() {
  local out='' rest=$__2l_red m keep q pre n=0
  while [[ $rest =~ $1 ]]; do
    # each match costs a regex pass over the rest: text made of secrets is dropped, not crawled
    if (( ++n > __2L_MAX_SECRETS )); then rest='[REDACTED:too many secrets]'; break; fi
    m=${BASH_REMATCH[0]} keep=${BASH_REMATCH[1]} q=''
    if [[ -n ${3-} ]]; then
      case ${m:${#keep}:1} in \"|\') q=${m:${#keep}:1} ;; esac
    fi
    pre=${rest%%"$m"*}
    out+=$pre$keep$q$2$q
    rest=${rest:${#pre}+${#m}}
  done
  __2l_red=$out$rest
}

# Private keys run from BEGIN to the first END (or to the end of the text): a lazy
# match, which ERE cannot express, so it is done with the two markers.
__2l_sub_private_keys() {
  local out='' rest=$__2l_red m pre n=0
  local begin='-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----' end='-----END [A-Z0-9 ]*PRIVATE KEY-----'
  while [[ $rest =~ $begin ]]; do
    if (( ++n > __2L_MAX_SECRETS )); then rest='[REDACTED:too many secrets]'; break; fi
    m=${BASH_REMATCH[0]}
    pre=${rest%%"$m"*}
    out+=$pre'[REDACTED:private-key]'
    rest=${rest:${#pre}+${#m}}
    if [[ $rest =~ $end ]]; then
      m=${BASH_REMATCH[0]}
      pre=${rest%%"$m"*}
      rest=${rest:${#pre}+${#m}}
    else
      rest=''
    fi
  done
  __2l_red=$out$rest
}

# __2l_scrub: redacts __2l_red in place, with the rules of lib/redact.ts in its order.
# Each rule runs only when a glob says its shape is there: a regex costs far more.
__2l_scrub() {
  local b='(^|[^A-Za-z0-9_])' nocase=0
  if shopt -q nocasematch; then nocase=1; fi
  shopt -u nocasematch
  if [[ $__2l_red == *'PRIVATE KEY'* ]]; then __2l_sub_private_keys; fi
  if [[ $__2l_red == *sk-* ]]; then
    __2l_sub "${b}sk-ant-[A-Za-z0-9_-]{8,}" '[REDACTED:anthropic-key]'
    __2l_sub "${b}sk-(proj-)?[A-Za-z0-9_-]{20,}" '[REDACTED:api-key]'
  fi
  if [[ $__2l_red == *gh[pousr]_* || $__2l_red == *github_pat_* ]]; then
    __2l_sub "${b}(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})" '[REDACTED:github-token]'
  fi
  if [[ $__2l_red == *A[KS]IA* ]]; then __2l_sub "${b}(AKIA|ASIA)[0-9A-Z]{16}" '[REDACTED:aws-key]'; fi
  if [[ $__2l_red == *xox[abposr]-* ]]; then __2l_sub "${b}xox[abposr]-[A-Za-z0-9-]{10,}" '[REDACTED:slack-token]'; fi
  if [[ $__2l_red == *[rs]k_live_* || $__2l_red == *[rs]k_test_* ]]; then
    __2l_sub "${b}[rs]k_(live|test)_[A-Za-z0-9]{10,}" '[REDACTED:stripe-key]'
  fi
  if [[ $__2l_red == *AIza* ]]; then __2l_sub "${b}AIza[A-Za-z0-9_-]{35}" '[REDACTED:google-key]'; fi
  if [[ $__2l_red == *npm_* ]]; then __2l_sub "${b}npm_[A-Za-z0-9]{36}" '[REDACTED:npm-token]'; fi
  if [[ $__2l_red == *hf_* ]]; then __2l_sub "${b}hf_[A-Za-z0-9]{30,}" '[REDACTED:hf-token]'; fi
  if [[ $__2l_red == *eyJ*.eyJ* ]]; then
    __2l_sub "${b}eyJ[A-Za-z0-9_-]{8,}[.]eyJ[A-Za-z0-9_-]{8,}[.][A-Za-z0-9_-]{8,}" '[REDACTED:jwt]'
  fi
  # the case-insensitive rules (/i in redact.ts)
  shopt -s nocasematch
  if [[ $__2l_red == *bearer[[:space:]]* || $__2l_red == *basic[[:space:]]* || $__2l_red == *token[[:space:]]* ]]; then
    __2l_sub "(${b}(Bearer|Basic|Token)[[:space:]]+)[A-Za-z0-9._~+/=-]{8,}" '[REDACTED]'
  fi
  # scheme://user:password@host keeps the user
  if [[ $__2l_red == *://*:*@* ]]; then
    __2l_sub "(${b}[a-z][a-z0-9+.-]*://[^[:space:]:/@]*:)[^[:space:]@/]+@" '[REDACTED]@'
  fi
  # --password hunter2, --api-key=abc (a value starting with - is the next flag)
  if [[ $__2l_red == *-*pass* || $__2l_red == *-*token* || $__2l_red == *-*secret* || $__2l_red == *-*key* ]]; then
    __2l_sub "((^|[[:space:]])--?[A-Za-z-]*(password|passwd|token|secret|api-?key)([[:space:]]+|=))(\"[^\"]*\"|'[^']*'|[^-[:space:]][^[:space:]]*)" '[REDACTED]'
  fi
  # password=..., PGPASSWORD=..., "api_key": "..."
  # (the keyword right before a separator, or the quote that closes a JSON key)
  local sep='[[:space:]=:"]'
  if [[ $__2l_red == *password$sep* || $__2l_red == *passwd$sep* || $__2l_red == *passphrase$sep* \
    || $__2l_red == *secret$sep* || $__2l_red == *token$sep* || $__2l_red == *key$sep* ]]; then
    __2l_sub "(${b}[A-Za-z_]*(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY)([[:space:]]*[=:][[:space:]]*|\"[[:space:]]*:[[:space:]]*\"))(\"[^\"]*\"|'[^']*'|[^[:space:]\"',;&|]+)" '[REDACTED]' quotes
  fi
  if (( ! nocase )); then shopt -u nocasematch; fi
}

# __2l_clean MAX_TYPE MAX_DATA MAX_FIELD: windows and redacts __2l_v (type, data, phase,
# agent) in place; __2l_drop gets the bytes each lost to its window. Like redact.ts, no
# regex ever sees more than the longest value kept plus 4 KiB.
__2l_clean() {
  local i w
  # the smallest window is 64 + 4096 bytes: shorter fields together need no look
  if (( ${#__2l_v[0]} + ${#__2l_v[1]} + ${#__2l_v[2]} + ${#__2l_v[3]} > $1 + 4096 )); then
    for i in 0 1 2 3; do
      case $i in 0) w=$1 ;; 1) w=$2 ;; *) w=$3 ;; esac
      w=$(( w + 4096 ))
      if (( ${#__2l_v[i]} > w )); then
        __2l_drop[i]=$(( ${#__2l_v[i]} - w ))
        __2l_v[i]=${__2l_v[i]:0:w}
      fi
    done
  fi
  if __2l_looks_secret "${__2l_v[0]}${__2l_v[1]}${__2l_v[2]}${__2l_v[3]}"; then
    local __2l_red
    local -a rematch=("${BASH_REMATCH[@]}")
    for i in 0 1 2 3; do
      __2l_red=${__2l_v[i]}
      if __2l_looks_secret "$__2l_red"; then __2l_scrub; __2l_v[i]=$__2l_red; fi
    done
    BASH_REMATCH=("${rematch[@]}") 2>/dev/null || true # read-only before bash 5.1
  fi
}

# __2l_build MAX_TYPE MAX_DATA MAX_FIELD: sets line from __2l_v and __2l_time. Cutting
# and escaping are skipped for a field that needs neither (most of them).
__2l_build() {
  local -a out
  local i s max
  for i in 0 1 2 3; do
    s=${__2l_v[i]}
    case $i in 0) max=$1 ;; 1) max=$2 ;; *) max=$3 ;; esac
    if (( ${#s} > max || __2l_drop[i] > 0 )); then __2l_cut "$s" "$max" "${__2l_drop[i]}"; s=$__2l_cut_out; fi
    case $s in *[\\\"$'\001'-$'\037']*) __2l_json_escape "$s"; s=$__2l_escaped ;; esac
    out[i]=$s
  done
  printf -v line '{"timestamp":"%s","event_type":"%s","phase":"%s","agent_id":"%s","data":"%s","v":1,"source":"emit"}' \
    "$__2l_time" "${out[0]}" "${out[2]}" "${out[3]}" "${out[1]}"
}

# __2l_refuse PATH REASON: the one line a refusal prints (control characters in PATH shown as ?).
__2l_refuse() {
  printf 'log_2l_event: %s %s; event not written\n' "${1//[[:cntrl:]]/?}" "$2" >&2 || true
}

# __2l_usable_log DIR FILE: 0 when FILE may be appended to (created 0600 when missing,
# with DIR 0700 and its .gitignore when DIR is missing), 2 when refused, 1 when
# there is nowhere to write (no project folder, read-only): silent, like 2L.
__2l_usable_log() {
  local dir=$1 file=$2
  if [[ -L $dir ]]; then
    __2l_refuse "$dir" 'is a symbolic link; 2L never follows links inside a project (remove it)'; return 2
  fi
  if [[ ! -d $dir ]]; then
    if [[ -e $dir ]]; then
      __2l_refuse "$dir" 'is not a real folder; 2L keeps its state only in a folder it owns (remove it)'; return 2
    fi
    # Not recursive: the project folder must exist. The subshell keeps umask 077 from the caller.
    ( umask 077 && mkdir -- "$dir" && printf '# 2L state: private to this machine\n*\n' > "$dir/.gitignore" ) 2>/dev/null || true
    if [[ -L $dir || ! -d $dir ]]; then return 1; fi
  fi
  if [[ ! -O $dir ]]; then
    __2l_refuse "$dir" 'belongs to another user; 2L keeps its state only in a folder it owns'; return 2
  fi
  # -L first: it also catches a dangling link, which -e does not see and >> would follow.
  if [[ -L $file ]]; then
    __2l_refuse "$file" 'is a symbolic link; 2L never follows links inside a project (remove it)'; return 2
  fi
  # -f before any open: opening a FIFO would block until a reader came. Another writer's rotation can
  # rename the log between two tests (`-e`, then `-f` on nothing), so a path is refused only when it is
  # there and not a regular file with a look on each side.
  if [[ ! -f $file && -e $file && ! -f $file ]]; then
    __2l_refuse "$file" 'is not a regular file (a FIFO, device or folder); 2L writes only regular files'; return 2
  fi
  if [[ ! -e $file ]]; then
    # A new file gets the umask's mode; >> cannot ask for 0600.
    ( umask 077 && : >> "$file" ) 2>/dev/null || true
  fi
  return 0
}

# __2l_after_write DIR FILE: rotates the log when our write took it to the cap. Runs
# with the log open on fd 9 and stderr on /dev/null.
__2l_after_write() {
  local size='' key='' cap v
  # Linux: after an O_APPEND write the descriptor's offset is the log's size, read
  # without a stat (bash has none without a fork). First line: "pos:<tab>N".
  if ! IFS=$' \t' read -r key size < /proc/self/fdinfo/9 || [[ $key != pos: ]]; then
    # elsewhere a size costs a fork: look at one call in 16
    if (( RANDOM % 16 != 0 )); then return 0; fi
    size=$(wc -c < "$2") || return 0
    size=${size//[!0-9]/}
  fi
  if [[ -z $size || $size == *[!0-9]* ]] || (( size < 1024 )); then return 0; fi
  cap=$__2L_MAX_LOG_BYTES v=${TWOL_LOG_MAX_BYTES:-}
  # decimal digits only, never evaluated otherwise: (( )) would run a $(...) hidden in it
  if [[ -n $v && $v != *[!0-9]* && ${#v} -le 18 ]] && (( 10#$v >= 1024 )); then cap=$(( 10#$v )); fi
  if (( size >= cap )); then __2l_rotate "$1" "$2"; fi
  return 0
}

# __2l_rotate DIR FILE: renames FILE to a dated archive under the lock of event-writer.ts.
__2l_rotate() {
  local dir=$1 file=$2 lock=$1/.rotate.lock target n=0 __2l_time
  if ! mkdir -- "$lock" 2>/dev/null; then
    __2l_clear_stale_lock "$lock"
    return 0
  fi
  # Another writer may have rotated since our write: rename only the file we wrote to.
  if [[ ! -L $file && -f $file ]] && { [[ ! -e /proc/self/fd/9 ]] || [[ $file -ef /proc/self/fd/9 ]]; }; then
    __2l_clock '%Y%m%dT%H%M%S' ''
    target=$dir/events-$__2l_time.jsonl
    while [[ -e $target || -L $target ]]; do
      n=$(( n + 1 ))
      target=$dir/events-$__2l_time-$n.jsonl
    done
    mv -f -- "$file" "$target" 2>/dev/null || true
  fi
  rmdir -- "$lock" 2>/dev/null || true
}

# A lock left by a writer that died mid-rotation would stop rotation for good.
__2l_clear_stale_lock() {
  local mtime now
  mtime=$(stat -c %Y -- "$1" 2>/dev/null || stat -f %m -- "$1" 2>/dev/null) || return 0
  now=${EPOCHSECONDS:-}
  if [[ -z $now ]]; then now=$(date +%s) || return 0; fi
  if [[ -n $mtime && $mtime != *[!0-9]* ]] && (( now - mtime > __2L_STALE_LOCK_S )); then
    rmdir -- "$1" 2>/dev/null || true
  fi
}

log_2l_event() {
  local event_type=${1-} data=${2-} phase=${3:-unknown} agent_id=${4:-orchestrator}
  if [[ -z $event_type || -z $data ]]; then
    return 1
  fi
  # Bytes everywhere: lengths, cuts, regexes, and a '.' in EPOCHREALTIME.
  local LC_ALL=C
  local __2l_dir __2l_file __2l_rc=0
  __2l_open_log || __2l_rc=$?
  if (( __2l_rc == 2 )); then return 2; fi
  if (( __2l_rc != 0 )); then return 0; fi

  local __2l_escaped __2l_cut_out __2l_time line
  local -a __2l_v=("$event_type" "$data" "$phase" "$agent_id") __2l_drop=(0 0 0 0)
  __2l_clock '%Y-%m-%dT%H:%M:%S' '.'
  __2l_clean 64 "$__2L_MAX_DATA" 120
  __2l_build 64 "$__2L_MAX_DATA" 120
  # bash flushes a redirected printf in 4096-byte blocks: a longer line could interleave
  # with another writer's. Escapes grow control characters six-fold, so cut harder.
  if (( ${#line} > 4000 )); then __2l_build 40 400 40; fi
  __2l_write "$line"
  return 0
}

# __2l_open_log: sets __2l_dir and __2l_file (the caller declares them) to the project's
# log; returns as __2l_usable_log does.
__2l_open_log() {
  if [[ ${CLAUDE_PROJECT_DIR:-} == /* ]]; then __2l_dir=$CLAUDE_PROJECT_DIR/.2L; else __2l_dir=$PWD/.2L; fi
  __2l_file=$__2l_dir/events.jsonl
  __2l_usable_log "$__2l_dir" "$__2l_file"
}

# __2l_write LINE: one write on an O_APPEND descriptor, as event-writer.ts does, then
# rotation. Fd 9 is saved and given back by bash, so a caller's own fd 9 survives.
__2l_write() {
  { printf '%s\n' "$1" >&9 && __2l_after_write "$__2l_dir" "$__2l_file"; } 2>/dev/null 9>>"$__2l_file" || true
}

# ---------------------------------------------------------------------------
# Metrics (lib/events/metric.ts has the same rules; docs/event-format.md):
#
#   log_2l_metric NAME VALUE [UNIT] [key=value]...
#   log_2l_time NAME -- command [args...]     (also spelled 2l_time outside POSIX mode)
#
# log_2l_metric appends one `metric` event, payload {name, value, unit?, labels?}.
# NAME: a letter or _, then letters, digits or _, up to 64. VALUE: a plain decimal within ±1e15.
# UNIT: up to 16 of letters, digits, _ % / . ("-" or "" for none). Up to 8 labels; a
# label value holds no control character, is at most 128 bytes and is redacted.
# Returns 0 written (or nowhere to write, silently, like log_2l_event), 1 invalid
# arguments (one line on stderr saying which), 2 refused because of a planted path.
#
# log_2l_time runs the command, then records its wall time in ms (unit ms, label
# exit=<its exit status>) and returns the command's exit status, whatever the logging did.

__2l_metric_usage() {
  printf 'log_2l_metric: %s; metric not written\n' "${1//[[:cntrl:]]/?}" >&2 || true
  return 1
}

# __2l_metric_check NAME VALUE UNIT: 0 when valid, else 1 with the reason on stderr.
__2l_metric_check() {
  local name=$1 value=$2 unit=$3 m e=0 int
  if [[ ! $name =~ ^[A-Za-z_][A-Za-z0-9_]{0,63}$ ]]; then
    __2l_metric_usage "\`${name:0:80}\` is not a metric name (a letter or _, then letters, digits or _; up to 64)"; return 1
  fi
  if [[ ! $value =~ ^-?([0-9]{1,20}([.][0-9]{1,20})?|[.][0-9]{1,20})([eE][-+]?[0-9]{1,3})?$ ]]; then
    __2l_metric_usage "\`${value:0:80}\` is not a number (plain decimal, e.g. 12 or 0.35)"; return 1
  fi
  # |VALUE| < 1e15: at most 15 integer digits once the exponent is applied (no floats in bash)
  m=${value#-}
  if [[ $m == *[eE]* ]]; then e=${m##*[eE]} m=${m%[eE]*}; e=${e#+}; fi
  int=${m%%.*}
  while [[ $int == 0* ]]; do int=${int#0}; done
  local digits=${#int}
  if [[ $e == -* ]]; then digits=$(( digits - 10#${e#-} )); else digits=$(( digits + 10#$e )); fi
  if (( digits > 15 )); then
    __2l_metric_usage "\`${value:0:80}\` is out of range (|value| < 1e15)"; return 1
  fi
  if [[ -n $unit && ! $unit =~ ^[A-Za-z%/][A-Za-z0-9_%/.]{0,15}$ ]]; then
    __2l_metric_usage "\`${unit:0:80}\` is not a unit (e.g. ms, s, bytes, %)"; return 1
  fi
  return 0
}

# __2l_json_number VALUE: sets num to VALUE (checked) spelled as JSON: no leading zeros or bare ".".
__2l_json_number() {
  local sign='' m=$1 ip
  if [[ $m == -* ]]; then sign=- m=${m#-}; fi
  ip=${m%%[.eE]*}
  m=${m:${#ip}}
  while [[ $ip == 0?* ]]; do ip=${ip#0}; done
  num=$sign${ip:-0}$m
}

log_2l_metric() {
  local name=${1-} value=${2-} unit=${3-}
  if [[ $unit == - ]]; then unit=''; fi
  local LC_ALL=C
  __2l_metric_check "$name" "$value" "$unit" || return 1
  shift 3 2>/dev/null || shift $#
  if (( $# > 8 )); then __2l_metric_usage 'at most 8 labels'; return 1; fi
  local kv key val labels='' seen=' ' __2l_escaped __2l_red
  for kv in "$@"; do
    key=${kv%%=*} val=${kv#*=}
    if [[ $kv != *=* || ! $key =~ ^[A-Za-z_][A-Za-z0-9_]{0,31}$ || $key == __* ]]; then
      __2l_metric_usage "\`${kv:0:80}\` is not a label (key=value, key a letter or _ then letters, digits or _)"; return 1
    fi
    case $key in le | quantile | name | unit | job | instance) __2l_metric_usage "label \`$key\` is reserved"; return 1 ;; esac
    if [[ $seen == *" $key "* ]]; then __2l_metric_usage "label \`$key\` given twice"; return 1; fi
    if (( ${#val} > 128 )); then __2l_metric_usage "label \`$key\` is longer than 128 bytes"; return 1; fi
    if [[ $val == *[[:cntrl:]]* ]]; then __2l_metric_usage "label \`$key\` holds a control character"; return 1; fi
    seen+="$key "
    __2l_red=$val
    if __2l_looks_secret "$__2l_red"; then __2l_scrub; fi
    __2l_json_escape "$__2l_red"
    labels+=${labels:+,}\"$key\":\"$__2l_escaped\"
  done
  local __2l_dir __2l_file __2l_rc=0 __2l_time line num
  __2l_open_log || __2l_rc=$?
  if (( __2l_rc == 2 )); then return 2; fi
  if (( __2l_rc != 0 )); then return 0; fi
  __2l_json_number "$value"
  __2l_clock '%Y-%m-%dT%H:%M:%S' '.'
  local payload="{\"name\":\"$name\",\"value\":$num${unit:+,\"unit\":\"$unit\"}${labels:+,\"labels\":{$labels\}}}"
  printf -v line '{"timestamp":"%s","event_type":"metric","phase":"unknown","agent_id":"orchestrator","data":"%s","v":1,"source":"emit","payload":%s}' \
    "$__2l_time" "$name=$value${unit:+ $unit}" "$payload"
  __2l_write "$line"
  return 0
}

# __2l_usec VAR: sets VAR to now in integer microseconds since the epoch.
__2l_usec() {
  local now=${EPOCHREALTIME:-} frac
  if [[ -z $now ]]; then now=$(date +%s.%N 2>/dev/null) || now=${EPOCHSECONDS:-0}; fi
  now=${now/,/.}
  if [[ $now == *.* ]]; then frac=${now#*.}000000; else frac=000000; fi
  frac=${frac:0:6}
  printf -v "$1" '%s' $(( 10#${now%.*} * 1000000 + 10#$frac ))
}

log_2l_time() {
  local name=${1-} start end rc=0
  if [[ ${2-} != -- || $# -lt 3 ]]; then
    printf 'log_2l_time: usage: log_2l_time NAME -- command [args...]\n' >&2 || true
    return 2
  fi
  shift 2
  __2l_usec start
  "$@" || rc=$?
  __2l_usec end
  local us=$(( end - start )) ms
  if (( us < 0 )); then us=0; fi
  printf -v ms '%d.%03d' $(( us / 1000 )) $(( us % 1000 ))
  log_2l_metric "$name" "$ms" ms "exit=$rc" 2>/dev/null || true
  return "$rc"
}

# `2l_time` is not a valid name in POSIX mode, where defining it would stop the source.
if ! shopt -qo posix; then eval '2l_time() { log_2l_time "$@"; }'; fi
