#!/usr/bin/env bash
# PEER FIXTURE, never shipped: 2L's `/2l-dashboard` command (the bash block of its
# commands/2l-dashboard.md) as published after its "direct dashboard start" iteration,
# reproduced here from that published behaviour so the bench can run it beside ours.
#
# What it reproduces (published):
#   - reuse: when .2L/dashboard/.server-port and .server-pid exist and `ps -p PID` finds the
#     process, print the link and stop; a dead pid's files are removed;
#   - the page: read ~/.claude/lib/2l-dashboard-template.html and substitute its three
#     placeholders {PROJECT_NAME} (basename of $PWD), {TIMESTAMP} (UTC) and {EVENTS_PATH}
#     (`../events.jsonl`) with bash string substitution, write .2L/dashboard/index.html;
#   - the port: first of 8080-8099 that `lsof -Pi :PORT -sTCP:LISTEN -t` does not list;
#   - the server: `cd .2L && python3 -m http.server PORT --bind 127.0.0.1 &`, then `sleep 0.5`,
#     then `ps -p` to check it lived, then write .server-port / .server-pid and print the URL
#     http://localhost:PORT/dashboard/index.html. The page then re-fetches the whole
#     events.jsonl every 2 s.
# What is a guess or changed for the bench:
#   - TWOL_PEER_TEMPLATE replaces the template path (the bench writes one of the published
#     size, 12,233 bytes, with the three placeholders) and TWOL_PEER_PORTS="FIRST LAST"
#     the 8080-8099 range (so a bench never collides with a real dashboard);
#   - the exact substitution code (the published plan used `${TEMPLATE//\{NAME\}/value}`);
#   - no browser is opened (xdg-open/open), as our command runs with --no-open in the bench.
# Exit codes as published: 0 started or reused, 1 no free port / no python3 / server died.

template=${TWOL_PEER_TEMPLATE:-$HOME/.claude/lib/2l-dashboard-template.html}
read -r first_port last_port <<<"${TWOL_PEER_PORTS:-8080 8099}"

if [ -f .2L/dashboard/.server-port ] && [ -f .2L/dashboard/.server-pid ]; then
  old_port=$(cat .2L/dashboard/.server-port)
  old_pid=$(cat .2L/dashboard/.server-pid)
  if ps -p "$old_pid" >/dev/null 2>&1; then
    echo "Dashboard already running on port $old_port (PID: $old_pid)"
    echo "  URL: http://localhost:$old_port/dashboard/index.html"
    exit 0
  fi
  echo "Cleaning up stale server files (process $old_pid not running)..."
  rm -f .2L/dashboard/.server-pid .2L/dashboard/.server-port
fi

if [ ! -f "$template" ]; then
  echo "Error: dashboard template not found at $template"
  exit 1
fi
mkdir -p .2L/dashboard
page=$(cat "$template")
page=${page//\{PROJECT_NAME\}/$(basename "$PWD")}
page=${page//\{TIMESTAMP\}/$(date -u +"%Y-%m-%d %H:%M:%S UTC")}
page=${page//\{EVENTS_PATH\}/../events.jsonl}
echo "$page" >.2L/dashboard/index.html

port=""
for ((p = first_port; p <= last_port; p++)); do
  if ! lsof -Pi :"$p" -sTCP:LISTEN -t >/dev/null 2>&1; then
    port=$p
    break
  fi
done
if [ -z "$port" ]; then
  echo "Error: All dashboard ports ($first_port-$last_port) are in use"
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "Error: Python 3 not found"
  exit 1
fi

cd .2L || exit 1
python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1 &
pid=$!
sleep 0.5
if ! ps -p "$pid" >/dev/null 2>&1; then
  echo "Error: Failed to start HTTP server"
  exit 1
fi
echo "$port" >dashboard/.server-port
echo "$pid" >dashboard/.server-pid
cd ..
echo "✓ Dashboard server started"
echo "  URL: http://localhost:$port/dashboard/index.html"
echo "  Port: $port"
echo "  PID: $pid"
