/**
 * The page's script, shipped inline. Every piece of event data reaches the DOM
 * through textContent or setAttribute, never innerHTML: event text is whatever
 * an agent or a tool wrote (2L's old page injected it as HTML). Every field of
 * a log line is hostile, not only its text: a line is turned into an event of
 * known fields and types first (`parseLine`), an impossible time shows as "–", and
 * a panel that fails to render cannot take the live connection down with it.
 * Plain ES2020 in a raw string (no backticks or template placeholders inside).
 */
export const CLIENT_JS = String.raw`
(function () {
  'use strict';
  // The link's secret is now a cookie: keep it out of the address bar, history and bookmarks.
  if (/[?&]token=/.test(location.search)) history.replaceState(null, '', location.pathname + location.hash);
  var MAX_EVENTS = 2000, MAX_ROWS = 300, ORPHAN_MS = 30 * 60000;
  var st = { events: [], summary: null, seq: 0, epoch: 0, es: null, project: '', logExists: true, logProblem: '', locked: false, skew: 0 };
  var $ = function (id) { return document.getElementById(id); };
  var filters = { session: '', agent: '', type: '', text: '' };

  // ----- hostile values -----
  function txt(v, max) {
    var s = '';
    if (typeof v === 'string') s = v;
    else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
    else if (v !== undefined && v !== null) { try { s = JSON.stringify(v) || ''; } catch (err) { s = ''; } }
    max = max || 2000;
    return s.length > max ? s.slice(0, max) + '…' : s;
  }
  function num(v) { return typeof v === 'number' && isFinite(v) ? v : undefined; }
  var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
  /** Milliseconds of an ISO time that exists, else NaN (Date.parse rolls 30 February into March). */
  function timeOf(v) {
    if (typeof v !== 'string' || !ISO_TIME.test(v)) return NaN;
    var t = Date.parse(v);
    if (isFinite(t) && v.charAt(v.length - 1) === 'Z' && isoAt(t).slice(0, 16) !== v.slice(0, 16)) return NaN;
    return t;
  }
  function isoAt(ms) { var d = new Date(ms); return isFinite(d.getTime()) ? d.toISOString() : ''; }
  function safely(what, fn) {
    try { fn(); } catch (err) { if (window.console) console.error('2L dashboard: ' + what + ' failed: ' + err); }
  }

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }
  function now() { return Date.now() + st.skew; }
  function ms(v) {
    if (typeof v !== 'number' || !isFinite(v) || v < 0) return '–';
    if (v < 1) return v.toFixed(2) + ' ms';
    if (v < 1000) return Math.round(v) + ' ms';
    if (v < 60000) return (v / 1000).toFixed(v < 10000 ? 2 : 1) + ' s';
    var m = Math.floor(v / 60000), s = Math.round((v % 60000) / 1000);
    if (m < 60) return m + 'm ' + s + 's';
    return Math.floor(m / 60) + 'h ' + (m % 60) + 'm';
  }
  function clock(v) {
    if (typeof v !== 'number' || !isFinite(v)) return '–';
    var sec = Math.floor(v / 1000);
    if (sec < 60) return sec + 's';
    var m = Math.floor(sec / 60);
    if (m < 60) return m + 'm ' + (sec % 60) + 's';
    return Math.floor(m / 60) + 'h ' + (m % 60) + 'm';
  }
  function rel(ts) {
    var d = now() - timeOf(ts);
    if (!isFinite(d)) return '–';
    if (d < 0) d = 0;
    if (d < 5000) return 'just now';
    if (d < 60000) return Math.floor(d / 1000) + 's ago';
    if (d < 3600000) return Math.floor(d / 60000) + 'm ago';
    if (d < 86400000) return Math.floor(d / 3600000) + 'h ago';
    return Math.floor(d / 86400000) + 'd ago';
  }
  function kind(t) {
    if (t === 'tool_error' || t === 'stop_error' || t === 'error' || t === 'permission_denied') return 'error';
    if (t.indexOf('tool_') === 0) return 'tool';
    if (t.indexOf('agent_') === 0) return 'agent';
    if (t === 'plan_start' || t === 'plan_complete' || t === 'phase_change' || t.indexOf('iteration_') === 0 || t === 'complexity_decision' || t === 'validation_result' || t === 'cost_update') return 'plan';
    if (t === 'db_check' || t === 'mcp_check') return 'check';
    if (t === 'performance_alert') return 'alert';
    if (t.indexOf('session_') === 0 || t === 'user_prompt' || t === 'stop' || t === 'command_expansion' || t.indexOf('compact_') === 0 || t === 'instructions_loaded' || t === 'notification' || t === 'permission_request') return 'session';
    return 'other';
  }
  function short(id) { id = txt(id, 200); return id.length > 12 ? id.slice(0, 8) + '…' : id; }

  /** A log line as an event of known fields and types; the line itself is kept for the details view. */
  function parseLine(line, seq) {
    var e;
    try { e = JSON.parse(line); } catch (err) { return null; }
    if (!e || typeof e !== 'object' || Array.isArray(e) || typeof e.event_type !== 'string') return null;
    return {
      seq: seq, line: txt(line, 1 << 20),
      timestamp: txt(e.timestamp, 40), event_type: txt(e.event_type, 200), phase: txt(e.phase, 200),
      agent_id: txt(e.agent_id, 200), agent_type: txt(e.agent_type, 200), session_id: txt(e.session_id, 200),
      tool_name: txt(e.tool_name, 200), data: txt(e.data), error: txt(e.error),
      duration_ms: typeof e.duration_ms === 'number' && isFinite(e.duration_ms) && e.duration_ms >= 0 ? e.duration_ms : undefined
    };
  }
  function pretty(line) {
    try { return JSON.stringify(JSON.parse(line), null, 2); } catch (err) { return line; }
  }

  // ----- timeline -----
  function matches(e) {
    if (filters.session && e.session_id !== filters.session) return false;
    if (filters.agent && e.agent_id !== filters.agent) return false;
    if (filters.type && e.event_type !== filters.type) return false;
    if (filters.text) {
      var hay = [e.event_type, e.agent_id, e.agent_type, e.data, e.tool_name, e.error, e.phase, e.session_id].join(' ').toLowerCase();
      if (hay.indexOf(filters.text) === -1) return false;
    }
    return true;
  }
  function row(e) {
    var li = el('li', 'ev k-' + kind(e.event_type));
    li.dataset.seq = String(e.seq);
    var det = el('details');
    var sum = el('summary');
    var t = el('time', 'rel', rel(e.timestamp));
    t.dataset.ts = e.timestamp;
    t.title = e.timestamp;
    sum.appendChild(t);
    sum.appendChild(el('span', 'type', e.event_type));
    var who = e.agent_id || '';
    if (e.agent_type) who += ' (' + e.agent_type + ')';
    sum.appendChild(el('span', 'who', who));
    var text = e.data || '';
    if (e.tool_name && text.indexOf(e.tool_name) !== 0) text = e.tool_name + ': ' + text;
    if (e.error && e.event_type !== 'tool_error') text += ' — ' + e.error;
    sum.appendChild(el('span', 'text', text));
    if (e.duration_ms !== undefined) sum.appendChild(el('span', 'dur', ms(e.duration_ms)));
    det.appendChild(sum);
    det.addEventListener('toggle', function () {
      if (det.open && !det.querySelector('pre')) det.appendChild(el('pre', '', pretty(e.line)));
    });
    li.appendChild(det);
    return li;
  }
  function renderTimeline() {
    var list = $('timeline');
    clear(list);
    var shown = 0, total = 0;
    for (var i = st.events.length - 1; i >= 0; i--) {
      if (!matches(st.events[i])) continue;
      total++;
      if (shown < MAX_ROWS) { list.appendChild(row(st.events[i])); shown++; }
    }
    countLabel(total, shown);
  }
  function countLabel(total, shown) {
    var active = filters.session || filters.agent || filters.type || filters.text;
    $('f-count').textContent = active ? (total + ' matching' + (shown < total ? ', newest ' + shown + ' shown' : '')) : '';
  }
  function addEvents(list) {
    if (!list.length) return;
    var tl = $('timeline');
    for (var i = 0; i < list.length; i++) {
      st.events.push(list[i]);
      if (matches(list[i])) tl.insertBefore(row(list[i]), tl.firstChild);
    }
    if (st.events.length > MAX_EVENTS) st.events.splice(0, st.events.length - MAX_EVENTS);
    while (tl.children.length > MAX_ROWS) tl.removeChild(tl.lastChild);
    if (filters.session || filters.agent || filters.type || filters.text) {
      var total = 0;
      for (var j = 0; j < st.events.length; j++) if (matches(st.events[j])) total++;
      countLabel(total, tl.children.length);
    }
    refreshOptions();
  }

  // ----- filters -----
  function setOptions(sel, values, label) {
    var cur = sel.value;
    var have = [];
    for (var i = 1; i < sel.options.length; i++) have.push(sel.options[i].value);
    if (have.join('\n') === values.join('\n')) return;
    while (sel.options.length > 1) sel.remove(1);
    for (var j = 0; j < values.length; j++) {
      var o = el('option', '', label ? label(values[j]) : values[j]);
      o.value = values[j];
      sel.appendChild(o);
    }
    sel.value = values.indexOf(cur) === -1 ? '' : cur;
  }
  function refreshOptions() {
    // Prototype-free maps: a session called __proto__ or constructor is just a name.
    var sessions = Object.create(null), agents = Object.create(null), types = Object.create(null);
    for (var i = 0; i < st.events.length; i++) {
      var e = st.events[i];
      if (e.session_id) sessions[e.session_id] = 1;
      if (e.agent_id) agents[e.agent_id] = 1;
      types[e.event_type] = 1;
    }
    if (st.summary) {
      list(st.summary.sessions).forEach(function (s) { if (s && s.id) sessions[txt(s.id, 200)] = 1; });
      Object.keys(st.summary.by_type || {}).forEach(function (t) { types[t] = 1; });
    }
    setOptions($('f-session'), Object.keys(sessions).sort(), function (v) { return 'Session ' + short(v); });
    setOptions($('f-agent'), Object.keys(agents).sort());
    setOptions($('f-type'), Object.keys(types).sort());
  }
  function bindFilters() {
    ['session', 'agent', 'type'].forEach(function (k) {
      $('f-' + k).addEventListener('change', function (ev) { filters[k] = ev.target.value; renderTimeline(); });
    });
    var timer = 0;
    $('f-text').addEventListener('input', function (ev) {
      clearTimeout(timer);
      timer = setTimeout(function () { filters.text = ev.target.value.trim().toLowerCase(); renderTimeline(); }, 120);
    });
  }

  // ----- summary panels -----
  // The summary is built by our server from cleaned events; shapes are still checked, never assumed.
  function list(v) { return Array.isArray(v) ? v : []; }
  function count(v) { return num(v) === undefined ? 0 : v; }
  function renderSummary() {
    var s = st.summary;
    if (!s || typeof s !== 'object') return;
    var agents = s.agents || {}, errors = s.errors || {}, plan = s.plan || {};
    $('c-events').textContent = String(count(s.events));
    $('c-sessions').textContent = String(list(s.sessions).length);
    $('c-agents').textContent = String(list(agents.active).length);
    var calls = 0, p95 = 0;
    list(s.tools).forEach(function (t) { calls += count(t.calls); if (num(t.p95) !== undefined && t.p95 > p95) p95 = t.p95; });
    $('c-tools').textContent = String(calls);
    $('c-errors').textContent = String(count(errors.count));
    $('card-errors').className = count(errors.count) ? 'card bad' : 'card';
    $('c-p95').textContent = list(s.tools).length ? ms(p95) : '–';
    var status = plan.status === 'running' || plan.status === 'complete' ? plan.status : 'none';
    var ps = $('plan-status');
    ps.textContent = status;
    ps.className = 'pill ' + status;
    $('plan-phase').textContent = txt(plan.phase, 200) || '–';
    $('plan-iteration').textContent = txt(plan.iteration, 200) || '–';
    safely('agents', renderAgents); safely('tools', renderTools); safely('chart', renderChart); safely('errors', renderErrors); safely('clock', tick);
    var since = timeOf(s.first);
    $('foot').textContent = (st.loading ? 'Reading the log, figures so far · ' : '') + 'Log: ' + txt(st.logPath, 4096) + ' · ' + count(s.events) + ' events' + (count(s.malformed) ? ' · ' + s.malformed + ' malformed lines skipped' : '') + (isFinite(since) ? ' · since ' + new Date(since).toLocaleString() : '') + (st.skipped ? ' · ' + st.skipped + ' archives not read (links, FIFOs or unreadable)' : '');
    renderEmpty();
  }
  function showBox(title, text, hint) {
    $('empty').hidden = false;
    $('empty-title').textContent = title;
    $('empty-text').textContent = text;
    $('empty-hint').textContent = hint;
  }
  function renderEmpty() {
    if (st.locked) {
      showBox('This link no longer opens the dashboard', 'The dashboard server was stopped or restarted, and each server has its own secret link.', 'Run /2l-dashboard in the project and open the link it prints.');
      return;
    }
    if (st.logProblem) {
      showBox('2L does not read this project\'s event log', st.logProblem, '2L reads .2L/events.jsonl only when it is a regular file in a .2L folder of yours; it never follows a link the repository planted. The page picks the log up once that is fixed.');
      return;
    }
    var events = st.summary ? count(st.summary.events) : 0;
    if (events > 0 || st.events.length > 0) { $('empty').hidden = true; return; }
    if (!st.logExists) {
      showBox('No event log yet', 'This project has no .2L/events.jsonl. It appears when Claude Code runs here with the 2L pack enabled (its hooks write every session, prompt, tool call and agent), or when an orchestrator records a milestone.', 'Try: /2l-event note "hello from 2L" — this page updates by itself.');
    } else {
      showBox('No events yet', 'The event log exists but holds no events. New events show up here as soon as they are written.', '');
    }
  }
  function renderAgents() {
    var ul = $('agents');
    clear(ul);
    var agents = st.summary.agents || {};
    var done = count(agents.completed);
    var all = list(agents.active).map(function (a) { return { a: a, orphan: false }; }).concat(list(agents.orphaned).map(function (a) { return { a: a, orphan: true }; }));
    if (!all.length) { ul.appendChild(el('li', 'none', 'No active agents' + (done ? ' (' + done + ' completed)' : ''))); return; }
    all.sort(function (x, y) { var a = timeOf(x.a.started), b = timeOf(y.a.started); return (isFinite(b) ? b : 0) - (isFinite(a) ? a : 0); });
    all.forEach(function (item) {
      var a = item.a;
      var orphan = item.orphan || now() - timeOf(a.started) > ORPHAN_MS;
      var li = el('li', 'agent' + (orphan ? ' orphan' : ''));
      var left = el('div');
      left.appendChild(el('div', 'name', txt(a.agent_id, 200)));
      left.appendChild(el('div', 'muted', (a.source === 'hook' ? 'subagent' : '2L agent') + (a.agent_type ? ' · ' + txt(a.agent_type, 200) : '') + (a.session_id ? ' · session ' + short(a.session_id) : '')));
      li.appendChild(left);
      var d = el('div', 'dur', '–');
      d.dataset.since = txt(a.started, 40);
      li.appendChild(d);
      ul.appendChild(li);
    });
    if (done) ul.appendChild(el('li', 'none', done + ' completed'));
  }
  function renderTools() {
    var s = st.summary, tb = $('tools'), tools = list(s.tools);
    clear(tb);
    if (!tools.length) { var tr0 = el('tr'); var td0 = el('td', 'none', 'No tool calls yet'); td0.colSpan = 6; tr0.appendChild(td0); tb.appendChild(tr0); }
    tools.slice(0, 15).forEach(function (t) {
      var tr = el('tr');
      var tool = txt(t.tool, 200);
      var name = el('td', '', tool); name.title = tool;
      tr.appendChild(name);
      tr.appendChild(el('td', '', count(t.calls)));
      tr.appendChild(el('td', '', ms(t.p50)));
      tr.appendChild(el('td', '', ms(t.p95)));
      tr.appendChild(el('td', '', ms(t.max)));
      var rate = count(t.failure_rate);
      tr.appendChild(el('td', count(t.failures) ? 'bad' : '', count(t.failures) ? (100 * rate).toFixed(rate < 0.1 ? 1 : 0) + '%' : '0'));
      tb.appendChild(tr);
    });
    var sl = $('slowest'), slowest = list(s.slowest);
    clear(sl);
    if (!slowest.length) sl.appendChild(el('li', 'none', 'None yet'));
    slowest.slice(0, 5).forEach(function (c) {
      var li = el('li', 'line');
      li.appendChild(el('span', 'n' + (c.failed ? ' bad' : ''), ms(c.duration_ms)));
      var data = txt(c.data), tool = txt(c.tool, 200);
      var what = data.indexOf(tool) === 0 ? data : tool + ': ' + data;
      var t = el('span', 't', what); t.title = what;
      li.appendChild(t);
      sl.appendChild(li);
    });
    var h = s.hook_ms || {}, hk = $('hooks'), runs = count(h.count);
    clear(hk);
    hk.appendChild(el('div', runs ? 'line' : 'none', runs ? ('p50 ' + ms(h.p50) + ' · p95 ' + ms(h.p95) + ' · max ' + ms(h.max) + ' over ' + runs + ' hook runs') : 'No hook timings yet'));
  }
  function renderErrors() {
    var ol = $('errors');
    clear(ol);
    var r = list((st.summary.errors || {}).recent).slice(-8).reverse();
    if (!r.length) { ol.appendChild(el('li', 'none', 'No errors')); return; }
    r.forEach(function (e) {
      var li = el('li', 'line');
      var t = el('span', 'n rel', rel(e.timestamp)); t.dataset.ts = txt(e.timestamp, 40);
      li.appendChild(t);
      var what = (e.tool_name ? txt(e.tool_name, 200) + ': ' : '') + txt(e.error || e.data);
      var span = el('span', 't', what); span.title = what;
      li.appendChild(span);
      ol.appendChild(li);
    });
  }
  function svg(tag, attrs, text) {
    var n = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var k in attrs) n.setAttribute(k, String(attrs[k]));
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function renderChart() {
    var c = $('chart');
    clear(c);
    var pm = list(st.summary.per_minute).filter(function (m) { return m && isFinite(timeOf(txt(m.minute, 16) + ':00Z')); });
    if (!pm.length) { $('chart-left').textContent = 'No events yet'; $('chart-right').textContent = ''; return; }
    var last = timeOf(pm[pm.length - 1].minute + ':00Z');
    var slots = 60, bw = 300 / slots, counts = Object.create(null), max = 1;
    pm.forEach(function (m) { counts[m.minute] = m; if (count(m.events) > max) max = m.events; });
    for (var i = 0; i < slots; i++) {
      var key = isoAt(last - (slots - 1 - i) * 60000).slice(0, 16);
      var m = counts[key];
      if (!m) continue;
      var events = count(m.events), errs = count(m.errors);
      var h = Math.max(1, (events / max) * 86);
      var bar = svg('rect', { x: i * bw + 0.5, y: 90 - h, width: bw - 1, height: h, 'class': 'bar' });
      bar.appendChild(svg('title', {}, key.replace('T', ' ') + ' UTC: ' + events + ' events' + (errs ? ', ' + errs + ' errors' : '')));
      c.appendChild(bar);
      if (errs) c.appendChild(svg('rect', { x: i * bw + 0.5, y: 90 - Math.max(1, (errs / max) * 86), width: bw - 1, height: Math.max(1, (errs / max) * 86), 'class': 'err' }));
    }
    $('chart-left').textContent = isoAt(last - (slots - 1) * 60000).slice(11, 16) + ' UTC';
    $('chart-right').textContent = 'peak ' + max + '/min · ' + isoAt(last).slice(11, 16);
  }

  // ----- clocks -----
  function tick() {
    var plan = st.summary && st.summary.plan;
    if (plan && plan.started) {
      var end = plan.status === 'complete' && plan.completed ? timeOf(plan.completed) : now();
      $('plan-elapsed').textContent = clock(Math.max(0, end - timeOf(plan.started)));
    }
    var durs = document.querySelectorAll('#agents .dur');
    for (var i = 0; i < durs.length; i++) durs[i].textContent = clock(Math.max(0, now() - timeOf(durs[i].dataset.since)));
  }
  function tickRelative() {
    var ts = document.querySelectorAll('.rel');
    for (var i = 0; i < ts.length; i++) if (ts[i].dataset.ts !== undefined) ts[i].textContent = rel(ts[i].dataset.ts);
  }

  // ----- data flow -----
  // Rendering is kept apart from the data flow: a panel that cannot draw a value never stops the page following the log.
  function setConn(text, cls) { var c = $('conn'); c.textContent = text; c.className = 'pill ' + (cls || ''); }
  function Locked() {}
  function getState(early) {
    return fetch('/api/state' + (early ? '?early=1' : ''), { cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
      if (r.status === 401) throw new Locked();
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }
  function load() {
    if (st.es) { st.es.close(); st.es = null; }
    // A big log is summarised in the background: render its newest events at once, then the full state.
    return getState(true).then(function (data) {
      if (!data.loading) return data;
      apply(data);
      setConn('reading log ' + Math.round(100 * count(data.progress)) + '%', '');
      return getState(false);
    }).then(function (data) {
      apply(data);
      connect();
    }).catch(function (err) {
      if (err instanceof Locked) {
        st.locked = true;
        setConn('link expired', 'down');
        safely('message', renderEmpty);
        return; // a new secret means a new link: retrying with the old cookie cannot work
      }
      setConn('offline', 'down');
      setTimeout(load, 3000);
    });
  }
  function setLog(log) {
    log = log && typeof log === 'object' ? log : {};
    st.logPath = txt(log.path, 4096);
    st.logExists = log.exists === true;
    st.logProblem = txt(log.problem, 4096);
    st.skipped = list(log.skipped).length;
  }
  function apply(data) {
    st.skew = timeOf(data.now) - Date.now();
    if (!isFinite(st.skew)) st.skew = 0;
    st.project = txt(data.name, 500);
    setLog(data.log);
    st.seq = count(data.seq);
    st.epoch = count(data.epoch);
    st.summary = data.summary;
    st.loading = data.loading === true;
    var lines = list(data.events);
    var first = st.seq - lines.length + 1;
    st.events = [];
    lines.forEach(function (line, i) { var e = typeof line === 'string' ? parseLine(line, first + i) : null; if (e) st.events.push(e); });
    safely('header', function () {
      $('project').textContent = st.project;
      $('project-path').textContent = txt(data.project, 4096);
      document.title = st.project + ' · 2L dashboard';
    });
    safely('timeline', renderTimeline);
    safely('filters', refreshOptions);
    safely('summary', renderSummary);
  }
  function connect() {
    var es = new EventSource('/api/stream?since=' + st.seq + '&epoch=' + st.epoch);
    st.es = es;
    es.onopen = function () { setConn('live', 'live'); };
    es.onerror = function () { setConn(es.readyState === 2 ? 'offline' : 'reconnecting', 'down'); if (es.readyState === 2) setTimeout(load, 3000); };
    es.onmessage = function (m) {
      var seq = Number(m.lastEventId);
      if (!(seq > st.seq)) return;
      var e = parseLine(m.data, seq);
      st.seq = seq;
      if (!e) return;
      st.logExists = true;
      queue.push(e);
      if (!flushing) { flushing = true; setTimeout(flush, 0); }
    };
    es.addEventListener('summary', function (m) {
      try { st.summary = JSON.parse(m.data); } catch (err) { return; }
      safely('summary', renderSummary);
      safely('filters', refreshOptions);
    });
    es.addEventListener('log', function (m) {
      try { setLog(JSON.parse(m.data)); } catch (err) { return; }
      safely('summary', renderSummary);
      safely('message', renderEmpty);
    });
    es.addEventListener('reset', function () { load(); });
  }
  var queue = [], flushing = false;
  function flush() {
    flushing = false;
    var batch = queue; queue = [];
    safely('timeline', function () { addEvents(batch); });
    safely('message', renderEmpty);
  }

  bindFilters();
  setInterval(function () { safely('clock', tick); }, 1000);
  setInterval(function () { safely('times', tickRelative); }, 5000);
  load();
})();
`;
