/**
 * The dashboard page: one self-contained HTML document (inline CSS and JS, no
 * CDN), served as is; the data comes from /api/state and /api/stream. The
 * script is client/main.ts, bundled (client.ts). The CSP allows only this
 * page's own script and style (by hashes over their final text) and
 * same-origin fetches, as a second line of defence behind the page's
 * text-only rendering.
 */
import { createHash } from 'node:crypto';
import { CLIENT_JS } from './client.ts';

const CSS = String.raw`
:root { --bg:#f6f7f9; --panel:#fff; --ink:#1d2330; --muted:#5c6475; --line:#e3e6ec; --accent:#3b5bdb; --accent-strong:#3b5bdb; --link:#3048b8; --c-error-strong:#c92a2a;
  --c-session:#3b5bdb; --c-tool:#0b7285; --c-error:#c92a2a; --c-agent:#9c36b5; --c-plan:#b03a06; --c-check:#1f7a35; --c-alert:#8a5a00; --c-other:#868e96; }
@media (prefers-color-scheme: dark) { :root { --bg:#14171c; --panel:#1c2027; --ink:#e6e9ef; --muted:#98a0b0; --line:#2c323c; --accent:#748ffc; --accent-strong:#3b5bdb; --link:#91a7ff;
  --c-session:#91a7ff; --c-tool:#3bc9db; --c-error:#ff8787; --c-agent:#e599f7; --c-plan:#ffa94d; --c-check:#69db7c; --c-alert:#ffd43b; } }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; background:var(--bg); color:var(--ink); }
header { display:flex; flex-wrap:wrap; align-items:center; gap:12px 24px; padding:14px 20px; background:var(--panel); border-bottom:1px solid var(--line); }
.brand { font-weight:800; font-size:18px; color:#fff; background:var(--accent-strong); border-radius:8px; padding:4px 9px; }
.proj h1 { margin:0; font-size:18px; }
.muted { color:var(--muted); font-size:12px; }
.pill { display:inline-block; padding:2px 10px; border-radius:999px; font-size:12px; font-weight:600; background:var(--line); color:var(--muted); }
.pill.live { background:#d3f9d8; color:#1f7a35; } .pill.down { background:#ffe3e3; color:#a61e1e; }
.pill.running { background:#fff4e6; color:#b03a06; } .pill.complete { background:#d3f9d8; color:#1f7a35; }
dl.plan { display:flex; gap:22px; margin:0 0 0 auto; }
dl.plan dt { font-size:11px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
dl.plan dd { margin:0; font-weight:600; font-variant-numeric:tabular-nums; }
main { padding:16px 20px 28px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(130px,1fr)); gap:10px; margin-bottom:14px; }
.card { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:10px 14px; }
.card b { display:block; font-size:22px; font-variant-numeric:tabular-nums; }
.card span { color:var(--muted); font-size:12px; }
.card.bad b { color:var(--c-error); }
.grid { display:grid; grid-template-columns:minmax(0,1.7fr) minmax(300px,1fr); gap:14px; align-items:start; }
@media (max-width: 980px) { .grid { grid-template-columns:minmax(0,1fr); } dl.plan { margin-left:0; } }
.panel { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:12px 14px; margin-bottom:14px; }
.panel h2 { font-size:13px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); margin:0 0 10px; }
.panel h3 { font-size:12px; color:var(--muted); margin:12px 0 6px; font-weight:600; }
.empty { background:var(--panel); border:1px dashed var(--line); border-radius:10px; padding:22px; margin-bottom:14px; }
.empty h2 { margin:0 0 6px; font-size:16px; }
.empty p { margin:4px 0; color:var(--muted); }
.filters { display:flex; flex-wrap:wrap; gap:8px; margin-bottom:10px; align-items:center; }
.filters select, .filters input { font:inherit; font-size:13px; padding:5px 8px; border:1px solid var(--line); border-radius:6px; background:var(--bg); color:var(--ink); max-width:190px; }
.filters input { flex:1; min-width:140px; max-width:none; }
ol, ul { list-style:none; margin:0; padding:0; }
#timeline { max-height:70vh; overflow:auto; }
.ev { border-left:3px solid var(--c-other); margin:0 0 4px; border-radius:4px; background:var(--bg); }
.ev summary { display:flex; gap:10px; align-items:baseline; padding:5px 8px; cursor:pointer; list-style:none; }
.ev summary::-webkit-details-marker { display:none; }
.ev .rel { color:var(--muted); font-size:12px; min-width:64px; font-variant-numeric:tabular-nums; }
.ev .type { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:12px; font-weight:600; min-width:118px; }
.ev .who { color:var(--muted); font-size:12px; white-space:nowrap; }
.ev .text { flex:1; min-width:0; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.ev .dur { font-size:12px; font-variant-numeric:tabular-nums; color:var(--muted); white-space:nowrap; }
.ev pre { margin:0; padding:8px 10px; font-size:12px; white-space:pre-wrap; word-break:break-word; border-top:1px solid var(--line); }
.k-session { border-color:var(--c-session); } .k-session .type { color:var(--c-session); }
.k-tool { border-color:var(--c-tool); } .k-tool .type { color:var(--c-tool); }
.k-error { border-color:var(--c-error); } .k-error .type { color:var(--c-error); }
.k-agent { border-color:var(--c-agent); } .k-agent .type { color:var(--c-agent); }
.k-plan { border-color:var(--c-plan); } .k-plan .type { color:var(--c-plan); }
.k-check { border-color:var(--c-check); } .k-check .type { color:var(--c-check); }
.k-warning { border-color:var(--c-alert); } .k-warning .type { color:var(--c-alert); }
.agent { display:flex; justify-content:space-between; gap:8px; padding:6px 0; border-bottom:1px solid var(--line); }
.agent:last-child { border-bottom:0; }
.agent .name { font-weight:600; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.agent .dur { font-variant-numeric:tabular-nums; color:var(--muted); white-space:nowrap; }
.agent.orphan .name::after { content:" orphaned"; color:var(--c-error); font-size:11px; font-weight:600; text-transform:uppercase; margin-left:6px; }
table { width:100%; border-collapse:collapse; font-size:13px; font-variant-numeric:tabular-nums; }
th, td { text-align:right; padding:4px 6px; border-bottom:1px solid var(--line); }
th:first-child, td:first-child { text-align:left; max-width:150px; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
th { font-size:11px; text-transform:uppercase; color:var(--muted); font-weight:600; }
td.bad { color:var(--c-error); font-weight:600; }
.line { display:flex; gap:8px; padding:3px 0; font-size:13px; }
.line .n { font-variant-numeric:tabular-nums; min-width:64px; text-align:right; font-weight:600; }
.line .t { color:var(--muted); overflow:hidden; text-overflow:ellipsis; white-space:nowrap; min-width:0; flex:1; }
#chart { width:100%; height:90px; display:block; }
#chart .bar { fill:var(--accent); opacity:.75; } #chart .err { fill:var(--c-error); }
.axis { display:flex; justify-content:space-between; color:var(--muted); font-size:11px; margin-top:4px; font-variant-numeric:tabular-nums; }
.line .n.bad { color:var(--c-error); }
.none { color:var(--muted); font-size:13px; padding:4px 0; }
nav.views { display:flex; flex-wrap:wrap; gap:6px; }
nav.views a { font-size:13px; font-weight:600; padding:4px 12px; border-radius:6px; border:1px solid var(--line); background:var(--bg); color:var(--ink); text-decoration:none; }
nav.views a[aria-current="page"] { background:var(--accent-strong); border-color:var(--accent-strong); color:#fff; }
[hidden] { display:none !important; }
.badge { display:inline-block; min-width:18px; padding:0 5px; border-radius:9px; background:var(--c-error-strong); color:#fff; font-size:11px; text-align:center; }
a { color:var(--link); }
:focus-visible { outline:3px solid var(--accent); outline-offset:2px; }
.ptitle { margin:0 0 4px; font-size:18px; overflow-wrap:anywhere; }
.smeta { display:flex; flex-wrap:wrap; gap:4px 12px; align-items:center; font-size:12px; color:var(--muted); margin-bottom:10px; }
.sid { overflow-wrap:anywhere; }
.slist .srow { display:flex; flex-wrap:wrap; gap:4px 10px; align-items:center; padding:8px 0; border-bottom:1px solid var(--line); }
.slist .srow:last-child { border-bottom:0; }
.slist .stitle { font-weight:600; flex:1 1 200px; min-width:0; overflow-wrap:anywhere; }
.slist .smeta { flex-basis:100%; margin:0; }
.smeta .bad, .tree .bad { color:var(--c-error); font-weight:600; }
.grid2 { display:grid; grid-template-columns:minmax(0,1fr) minmax(0,1fr); gap:14px; align-items:start; }
@media (max-width: 980px) { .grid2 { grid-template-columns:minmax(0,1fr); } }
.tree .tnode { padding:6px 0; border-bottom:1px solid var(--line); }
.tree .thead { display:flex; gap:8px; align-items:center; flex-wrap:wrap; }
.tree .name { font-weight:600; overflow-wrap:anywhere; }
.tree .tnames { font-size:12px; overflow-wrap:anywhere; }
table.stools { table-layout:fixed; }
table.stools td.full, table.stools th:first-child { width:40%; max-width:none; white-space:normal; overflow-wrap:anywhere; }
.wf { font-size:12px; }
.wf-axis { display:flex; justify-content:space-between; color:var(--muted); margin-left:34%; }
.wf-row { display:flex; align-items:center; gap:6px; min-height:18px; }
.wf-label { flex:0 0 33%; min-width:0; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.wf-agent .wf-label { font-weight:600; color:var(--c-agent); }
.wf-track { position:relative; flex:1; height:12px; background:var(--bg); border-radius:3px; }
.wf-bar { position:absolute; top:1px; height:10px; border-radius:2px; background:var(--c-tool); }
.wf-agent .wf-bar { background:var(--c-agent); opacity:.7; }
.wf-err .wf-bar { background:var(--c-error); }
.stl, .hits { max-height:none; }
.pager { display:flex; gap:8px; align-items:center; margin-top:8px; flex-wrap:wrap; }
button { font:inherit; font-size:13px; padding:5px 12px; border-radius:6px; border:1px solid var(--line); background:var(--bg); color:var(--ink); cursor:pointer; }
.qform input, .qform label { max-width:none; }
.hits .hit { display:flex; flex-wrap:wrap; gap:2px 10px; padding:6px 0; border-bottom:1px solid var(--line); font-size:13px; }
.hits .type { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-weight:600; }
.hits .text { flex-basis:100%; overflow-wrap:anywhere; }
.hits .rel, .hits .who { color:var(--muted); }
.ev .done { color:var(--muted); }
.perf-grid { display:grid; grid-template-columns:minmax(0,1.6fr) minmax(0,1fr); gap:14px; align-items:start; }
@media (max-width: 980px) { .perf-grid { grid-template-columns:minmax(0,1fr); } }
table.perf { table-layout:fixed; }
table.perf td { overflow-wrap:anywhere; }
table.perf th { white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
table.perf th:first-child, table.perf td:first-child { max-width:none; white-space:normal; width:32%; }
table.perf .spark { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:11px; letter-spacing:-1px; color:var(--accent); white-space:nowrap; overflow:hidden; }
table.perf .spark.reg { color:var(--c-error); }
.st { font-weight:600; text-align:right; }
.st.ok { color:var(--c-check); } .st.warn { color:var(--c-plan); } .st.crit { color:var(--c-error); } .st.none { color:var(--muted); font-weight:400; }
#perf-alerts .alert, #alerts-list .alert { display:flex; flex-wrap:wrap; gap:4px 10px; padding:6px 0; border-bottom:1px solid var(--line); font-size:13px; }
#perf-alerts .alert .what, #alerts-list .alert .what { flex:1; min-width:0; overflow-wrap:anywhere; }
dl.kpis { display:grid; grid-template-columns:repeat(auto-fit,minmax(150px,1fr)); gap:10px; margin:0; }
dl.kpis dt { font-size:11px; text-transform:uppercase; color:var(--muted); }
dl.kpis dd { margin:0; font-weight:600; overflow-wrap:anywhere; } dl.kpis dd.bad { color:var(--c-error); }
@media (max-width: 600px) { .grid table, table.stools { table-layout:fixed; } .grid th, .grid td, table.stools th, table.stools td { padding:4px 3px; overflow-wrap:anywhere; } .grid th, table.stools th { font-size:10px; overflow:hidden; text-overflow:ellipsis; } .grid th:first-child, .grid td:first-child { width:30%; } .ev summary { flex-wrap:wrap; gap:2px 8px; } .ev .type, .ev .rel { min-width:0; } .ev .text { flex-basis:100%; white-space:normal; overflow-wrap:anywhere; } .ev .who { white-space:normal; overflow-wrap:anywhere; } .wf-label { flex-basis:38%; } .wf-axis { margin-left:40%; } header { padding:10px; } dl.plan { gap:12px; flex-wrap:wrap; } }
@media (max-width: 600px) { main { padding:12px 10px 20px; } table.perf { font-size:12px; } table.perf td, table.perf th { padding:4px 3px; } table.perf th { font-size:10px; letter-spacing:0; } table.perf th:first-child, table.perf td:first-child { width:28%; } }
footer { color:var(--muted); font-size:12px; padding:0 20px 20px; }
`;

const BODY = String.raw`
<header>
  <div class="brand">2L</div>
  <div class="proj"><h1 id="project">Dashboard</h1><div id="project-path" class="muted"></div></div>
  <span id="conn" class="pill">connecting</span>
  <nav class="views" aria-label="Views"><a id="tab-live" href="#/live">Live</a><a id="tab-sessions" href="#/sessions">Sessions</a><a id="tab-search" href="#/search">Search</a><a id="tab-alerts" href="#/alerts">Alerts <span id="alerts-badge" class="badge" hidden></span></a><a id="tab-performance" href="#/performance">Performance</a><a id="tab-projects" href="#/projects">Projects</a></nav>
  <dl class="plan">
    <div><dt>Plan</dt><dd id="plan-status">none</dd></div>
    <div><dt>Phase</dt><dd id="plan-phase">–</dd></div>
    <div><dt>Iteration</dt><dd id="plan-iteration">–</dd></div>
    <div><dt>Elapsed</dt><dd id="plan-elapsed">–</dd></div>
  </dl>
</header>
<main>
  <div id="view-sessions" hidden>
    <section class="panel"><h2>Sessions</h2><p id="sessions-status" class="muted" role="status"></p><ul id="sessions-list" class="slist"></ul></section>
  </div>
  <div id="view-session" hidden>
    <p><a id="s-back" href="#/sessions">← All sessions</a></p>
    <h2 id="s-title" class="ptitle"></h2><div id="s-meta" class="smeta"></div>
    <section id="s-cards" class="cards"></section>
    <div class="filters" role="group" aria-label="Filters for every panel of this session">
      <select id="s-agent" aria-label="Agent"><option value="">All agents</option></select>
      <select id="s-type" aria-label="Event type"><option value="">All types</option></select>
      <select id="s-tool" aria-label="Tool"><option value="">All tools</option></select>
      <input id="s-text" type="search" placeholder="Filter text…" aria-label="Filter text">
      <span id="s-status" class="muted" role="status"></span>
    </div>
    <div class="grid2">
      <section class="panel"><h2>Agents</h2><ul id="s-tree" class="tree"></ul></section>
      <section class="panel"><h2>Tools</h2><table class="stools"><thead><tr><th>Tool</th><th>Calls</th><th>Mean</th><th>Max</th><th>Fail</th></tr></thead><tbody id="s-tools"></tbody></table></section>
    </div>
    <section class="panel"><h2>Waterfall</h2><div id="s-waterfall" class="wf"></div></section>
    <section class="panel"><h2>Timeline</h2><ol id="s-timeline" class="stl"></ol><div id="s-pager" class="pager"></div></section>
  </div>
  <div id="view-search" hidden>
    <section class="panel"><h2>Search all history</h2>
      <form id="q-form" class="filters qform" role="search">
        <input id="q-q" type="search" placeholder="Text…" aria-label="Text">
        <input id="q-type" placeholder="event type" aria-label="Event type">
        <input id="q-tool" placeholder="tool" aria-label="Tool">
        <input id="q-agent" placeholder="agent" aria-label="Agent">
        <input id="q-session" placeholder="session id" aria-label="Session">
        <label class="muted">from <input id="q-from" type="datetime-local" aria-label="From (UTC)"></label>
        <label class="muted">to <input id="q-to" type="datetime-local" aria-label="To (UTC)"></label>
        <button type="submit">Search</button>
      </form>
      <p id="q-status" class="muted" role="status"></p>
      <ol id="q-hits" class="hits"></ol>
      <button id="q-more" type="button" hidden>More</button>
    </section>
  </div>
  <div id="view-alerts" hidden>
    <section class="panel"><h2>Alerts (<span id="alerts-count">0</span>)</h2><ol id="alerts-list"></ol><p class="muted">Targets, their trends and resources: <a href="#/performance">Performance</a>.</p></section>
  </div>
  <div id="view-projects" hidden>
    <section class="panel"><h2>Projects</h2><p id="projects-status" class="muted" role="status"></p><ul id="projects-list" class="slist"></ul></section>
  </div>
  <div id="view-performance" hidden>
    <section class="panel"><h2>Alerts (<span id="perf-alerts-count">0</span>)</h2><ol id="perf-alerts"></ol></section>
    <div class="perf-grid">
      <section class="panel">
        <h2>Performance</h2>
        <table class="perf"><thead><tr><th>Component</th><th>Current</th><th>Target</th><th>Trend</th><th>Status</th></tr></thead><tbody id="perf-rows"></tbody></table>
      </section>
      <div>
        <section class="panel">
          <h2>Resources</h2>
          <table class="perf"><thead><tr><th>Group</th><th>CPU</th><th>Memory</th><th>Procs</th></tr></thead><tbody id="perf-res"></tbody></table>
          <div id="perf-res-at" class="muted"></div>
        </section>
        <section class="panel"><h2>KPIs</h2><dl id="perf-kpis" class="kpis"></dl></section>
      </div>
    </div>
  </div>
  <div id="view-overview" hidden>
  <section class="cards">
    <div class="card"><b id="c-events">0</b><span>events</span></div>
    <div class="card"><b id="c-sessions">0</b><span>sessions</span></div>
    <div class="card"><b id="c-agents">0</b><span>active agents</span></div>
    <div class="card"><b id="c-tools">0</b><span>tool calls</span></div>
    <div class="card" id="card-errors"><b id="c-errors">0</b><span>errors</span></div>
    <div class="card"><b id="c-p95">–</b><span>slowest tool p95</span></div>
  </section>
  <div id="empty" class="empty" hidden><h2 id="empty-title"></h2><p id="empty-text"></p><p id="empty-hint"></p></div>
  <div class="grid">
    <section class="panel">
      <h2>Timeline</h2>
      <div class="filters">
        <select id="f-session" aria-label="Session"><option value="">All sessions</option></select>
        <select id="f-agent" aria-label="Agent"><option value="">All agents</option></select>
        <select id="f-type" aria-label="Event type"><option value="">All types</option></select>
        <input id="f-text" type="search" placeholder="Filter text…" aria-label="Filter text">
        <span id="f-count" class="muted"></span>
      </div>
      <ol id="timeline"></ol>
    </section>
    <aside>
      <section class="panel"><h2>Agents</h2><ul id="agents"></ul></section>
      <section class="panel"><h2>Events per minute</h2><svg id="chart" viewBox="0 0 300 90" preserveAspectRatio="none"></svg><div class="axis"><span id="chart-left"></span><span id="chart-right"></span></div></section>
      <section class="panel">
        <h2>Tool timings</h2>
        <table><thead><tr><th>Tool</th><th>Calls</th><th>p50</th><th>p95</th><th>Max</th><th>Fail</th></tr></thead><tbody id="tools"></tbody></table>
        <h3>Slowest calls</h3><ol id="slowest"></ol>
        <h3>Hook overhead</h3><div id="hooks"></div>
      </section>
      <section class="panel"><h2>Recent errors</h2><ol id="errors"></ol></section>
    </aside>
  </div>
  </div>
</main>
<footer><span id="foot"></span></footer>
`;

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${hash(CLIENT_JS)}`,
  `style-src ${hash(CSS)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function renderPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2L dashboard</title>
<style>${CSS}</style>
</head>
<body>${BODY}<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
