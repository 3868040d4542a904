# 2L hook front: the only thing Claude Code waits for on a hook event
# (docs/hook-latency.md). Registered in exec form, `bash <this> <dist/hook.cjs>`,
# for every event (it never needs to know which).
#
# Fast path: it writes the payload into the private spool of the resident
# collector (dist/collector.cjs, one per user, which redacts and logs it and
# deletes the file) and makes sure a collector runs, with bash builtins only
# but for one `cat` (bash's `read` takes a pipe byte by byte: 0.4 s for 1 MB).
# Fallback, when the spool is not a private folder of ours, or TWOL_FRONT=logger
# (round 1's design, kept for the bench): it hands the payload's pipe to a
# per-event Node logger (dist/hook.cjs) started in the background.
# Whatever it starts runs in a session of its own (it outlives `claude -p`, and
# a Ctrl-C in the terminal does not reach it) with stdout and stderr on
# /dev/null: Claude Code waits for the hook's pipes to close, and nothing of
# ours may reach the model.
[ "${TWOL_DISABLE:-}" = 1 ] && exit 0
# The moment of the call (bash 5; empty elsewhere, then the logger's clock).
TWOL_HOOK_T=${EPOCHREALTIME:-}
export TWOL_HOOK_T
umask 077
logger=$1
# Loaded twice, logged once (lib/hook/install-copy.ts): a copy that is not the hook ./install.mjs put in the
# Claude config folder stays silent while that one exists (-ef: the same file, whatever the path says).
case ${CLAUDE_CONFIG_DIR:-} in /*) config=$CLAUDE_CONFIG_DIR ;; *) config=${HOME:-/nonexistent}/.claude ;; esac
installed=$config/lib/2l/dist/hook.cjs
[ -f "$installed" ] && [ ! "$installed" -ef "$logger" ] && exit 0

# The Claude Code process that runs this hook: our parent (the hook is exec form; a `sh -c` wrapper, as an
# older registration may have, is skipped), as its pid and /proc start time so a reused pid is not taken for it.
# No hook is registered for a session's end: the collector takes its end from this process's exit.
TWOL_CLI=
if read -r st 2>/dev/null <"/proc/$PPID/stat"; then
  set -f
  comm=${st#*\(}
  comm=${comm%\)*}
  set -- ${st##*) }
  case $comm in
  sh | dash | bash) read -r st 2>/dev/null <"/proc/$2/stat" && set -- "$2" ${st##*) } && TWOL_CLI="$1 ${21:-}" ;;
  *) TWOL_CLI="$PPID ${20:-}" ;;
  esac
  set +f
elif [ -n "${PPID:-}" ]; then
  TWOL_CLI="$PPID -"
fi
export TWOL_CLI

detach() {
  if command -v setsid >/dev/null 2>&1; then exec setsid node "$@"; else exec node "$@"; fi
}
per_event_logger() {
  exec 3<&0
  detach "$logger" <&3 3<&- >/dev/null 2>&1 &
  exit 0
}
[ "${TWOL_FRONT:-}" = logger ] && per_event_logger
# Spool names are call times: without $EPOCHREALTIME (bash < 5) they would not order.
[ -n "$TWOL_HOOK_T" ] || per_event_logger

case ${XDG_RUNTIME_DIR:-} in
/*) base=$XDG_RUNTIME_DIR/2l ;;
*) if [ -d /dev/shm ]; then base=/dev/shm/2l-$UID; else base=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/2l; fi ;;
esac
# Named for its format (lib/hook/spool.ts): an older pack's front and collector keep to `spool`.
spool=$base/spool2
# A real folder of ours, not a link (the collector also checks the mode and tightens it).
private() { [ -d "$1" ] && [ ! -L "$1" ] && [ -O "$1" ]; }
if ! private "$spool"; then
  # First use: create what is missing (umask 077: 0700), never through something planted.
  if [ ! -e "$base" ] && [ ! -L "$base" ]; then mkdir -p -- "$base" 2>/dev/null; fi
  private "$base" || per_event_logger
  if [ ! -e "$spool" ] && [ ! -L "$spool" ]; then mkdir -- "$spool" 2>/dev/null; fi
  private "$spool" || per_event_logger
fi

# Unique (pid) and in call order (time); the collector waits for the trailer.
f=$spool/$TWOL_HOOK_T.$$
{ printf '2l2\0%s\0%s\0%s\0%s\0' "$TWOL_HOOK_T" "${CLAUDE_PROJECT_DIR:-}" "$PWD" "$TWOL_CLI" && cat && printf '\0end\n'; } >"$f" 2>/dev/null

# Is the collector alive? `.collector` holds its pid and start time (/proc), so a reused pid is not taken for it.
cpid=
read -r cpid cstart 2>/dev/null <"$spool/.collector"
case $cpid in '' | *[!0-9]*) ;; *)
  if [ -r "/proc/$cpid/stat" ]; then
    if read -r st 2>/dev/null <"/proc/$cpid/stat"; then
      set -f
      set -- ${st##*) }
      # The same start time and not a zombie (a killed collector nobody has reaped yet).
      [ "${1:-}" != Z ] && [ "${20:-}" = "$cstart" ] && exit 0
    fi
  elif kill -0 "$cpid" 2>/dev/null; then
    exit 0
  fi
  ;;
esac
# None announced. One started in the last 2 s is still starting (Node takes ~0.1 s): leave it be, unless
# the process that front started is already gone (killed while starting: it never announced itself).
now=${TWOL_HOOK_T%[.,]*}
began=
spid=
read -r began spid 2>/dev/null <"$spool/.starting"
began=${began%[.,]*}
case $began in '' | *[!0-9]*) began=0 ;; esac
case $spid in '' | *[!0-9]*) spid= ;; esac
if [ $((now - began)) -lt 2 ]; then
  [ -z "$spid" ] && exit 0
  # A killed one may linger as a zombie (nobody reaps an orphan at once): that is gone too.
  if read -r st 2>/dev/null <"/proc/$spid/stat"; then
    case ${st##*) } in Z* | X*) ;; *) exit 0 ;; esac
  elif kill -0 "$spid" 2>/dev/null; then
    exit 0
  fi
fi
printf '%s\n' "$TWOL_HOOK_T" >"$spool/.starting" 2>/dev/null
# Start one (a second one, from a racing front, exits once the first has announced itself).
TWOL_SPOOL=$spool detach "${logger%/*}/collector.cjs" </dev/null >/dev/null 2>&1 &
# Its pid ($!: setsid execs in place, as the background job is no group leader), for the check above.
printf '%s %s\n' "$TWOL_HOOK_T" "$!" >"$spool/.starting" 2>/dev/null
exit 0
