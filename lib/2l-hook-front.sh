# 2L hook front: the only thing Claude Code waits for on a hook event
# (docs/hook-latency.md). Registered in exec form, `bash <this> <dist/hook.cjs>`.
# It hands the payload's pipe to the Node logger, started in the background in
# a session of its own (it outlives `claude -p`, and a Ctrl-C in the terminal
# does not reach it), and returns at once. Nothing is spooled: the payload
# stays in Claude Code's pipe until the logger, which redacts, reads it.
# The logger's stdout and stderr go to /dev/null: Claude Code waits for the
# hook's pipes to close, and nothing of ours may reach the model.
[ "${TWOL_DISABLE:-}" = 1 ] && exit 0
# The moment of the call (bash 5; empty elsewhere, then the logger's clock).
TWOL_HOOK_T=${EPOCHREALTIME:-}
export TWOL_HOOK_T
exec 3<&0
{ if command -v setsid >/dev/null 2>&1; then exec setsid node "$1"; else exec node "$1"; fi; } <&3 3<&- >/dev/null 2>&1 &
exit 0
