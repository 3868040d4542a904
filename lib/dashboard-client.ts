/**
 * The page's script, shipped inline. Every piece of event data reaches the DOM
 * through textContent or setAttribute, never innerHTML: event text is whatever
 * an agent or a tool wrote (2L's old page injected it as HTML).
 * Plain ES2020 in a raw string (no backticks or template placeholders inside).
 */
export const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var MAX_EVENTS = 2000, MAX_ROWS = 300, ORPHAN_MS = 30 * 60000;
  var st = { events: [], summary: null, seq: 0, epoch: 0, es: null, project: '', logExists: true, skew: 0 };
  var $ = function (id) { return document.getElementById(id); };
  var filters = { session: '', agent: '', type: '', text: '' };

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }
  function now() { return Date.now() + st.skew; }
  function ms(v) {
    if (v === undefined || v === null || !isFinite(v)) return '–';
    if (v < 1) return v.toFixed(2) + ' ms';
    if (v < 1000) return Math.round(v) + ' ms';
    if (v < 60000) return (v / 1000).toFixed(v < 10000 ? 2 : 1) + ' s';
    var m = Math.floor(v / 60000), s = Math.round((v % 60000) / 1000);
    if (m < 60) return m + 'm ' + s + 's';
    return Math.floor(m / 60) + 'h ' + (m % 60) + 'm';
  }
  function clock(v) {
    if (!isFinite(v)) return '–';
    var sec = Math.floor(v / 1000);
    if (sec < 60) return sec + 's';
    var m = Math.floor(sec / 60);
    if (m < 60) return m + 'm ' + (sec % 60) + 's';
    return Math.floor(m / 60) + 'h ' + (m % 60) + 'm';
  }
  function rel(ts) {
    var d = now() - Date.parse(ts);
    if (!isFinite(d)) return '';
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
  function short(id) { return id && id.length > 12 ? id.slice(0, 8) + '…' : (id || ''); }

  function parseLine(line, seq) {
    try {
      var e = JSON.parse(line);
      if (!e || typeof e !== 'object' || typeof e.event_type !== 'string') return null;
      e.__seq = seq;
      return e;
    } catch (err) { return null; }
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
    li.dataset.seq = String(e.__seq);
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
    if (typeof e.duration_ms === 'number') sum.appendChild(el('span', 'dur', ms(e.duration_ms)));
    det.appendChild(sum);
    det.addEventListener('toggle', function () {
      if (det.open && !det.querySelector('pre')) {
        var copy = {};
        for (var k in e) if (k !== '__seq') copy[k] = e[k];
        det.appendChild(el('pre', '', JSON.stringify(copy, null, 2)));
      }
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
    var sessions = {}, agents = {}, types = {};
    for (var i = 0; i < st.events.length; i++) {
      var e = st.events[i];
      if (e.session_id) sessions[e.session_id] = 1;
      if (e.agent_id) agents[e.agent_id] = 1;
      types[e.event_type] = 1;
    }
    if (st.summary) {
      st.summary.sessions.forEach(function (s) { sessions[s.id] = 1; });
      Object.keys(st.summary.by_type).forEach(function (t) { types[t] = 1; });
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
  function renderSummary() {
    var s = st.summary;
    if (!s) return;
    $('c-events').textContent = String(s.events);
    $('c-sessions').textContent = String(s.sessions.length);
    $('c-agents').textContent = String(s.agents.active.length);
    var calls = 0, p95 = 0;
    s.tools.forEach(function (t) { calls += t.calls; if (t.p95 !== undefined && t.p95 > p95) p95 = t.p95; });
    $('c-tools').textContent = String(calls);
    $('c-errors').textContent = String(s.errors.count);
    $('card-errors').className = s.errors.count ? 'card bad' : 'card';
    $('c-p95').textContent = s.tools.length ? ms(p95) : '–';
    var plan = s.plan;
    var ps = $('plan-status');
    ps.textContent = plan.status;
    ps.className = 'pill ' + plan.status;
    $('plan-phase').textContent = plan.phase || '–';
    $('plan-iteration').textContent = plan.iteration || '–';
    renderAgents(); renderTools(); renderChart(); renderErrors(); tick();
    $('foot').textContent = (st.loading ? 'Reading the log, figures so far · ' : '') + 'Log: ' + (st.logPath || '') + ' · ' + s.events + ' events' + (s.malformed ? ' · ' + s.malformed + ' malformed lines skipped' : '') + (s.first ? ' · since ' + new Date(s.first).toLocaleString() : '');
    renderEmpty();
  }
  function renderEmpty() {
    var box = $('empty');
    var count = st.summary ? st.summary.events : 0;
    if (count > 0 || st.events.length > 0) { box.hidden = true; return; }
    box.hidden = false;
    if (!st.logExists) {
      $('empty-title').textContent = 'No event log yet';
      $('empty-text').textContent = 'This project has no .2L/events.jsonl. It appears when Claude Code runs here with the 2L pack enabled (its hooks write every session, prompt, tool call and agent), or when an orchestrator records a milestone.';
      $('empty-hint').textContent = 'Try: /2l-event note "hello from 2L" — this page updates by itself.';
    } else {
      $('empty-title').textContent = 'No events yet';
      $('empty-text').textContent = 'The event log exists but holds no events. New events show up here as soon as they are written.';
      $('empty-hint').textContent = '';
    }
  }
  function renderAgents() {
    var ul = $('agents');
    clear(ul);
    var s = st.summary;
    var list = s.agents.active.map(function (a) { return { a: a, orphan: false }; }).concat(s.agents.orphaned.map(function (a) { return { a: a, orphan: true }; }));
    if (!list.length) { ul.appendChild(el('li', 'none', 'No active agents' + (s.agents.completed ? ' (' + s.agents.completed + ' completed)' : ''))); return; }
    list.sort(function (x, y) { return x.a.started < y.a.started ? 1 : -1; });
    list.forEach(function (item) {
      var a = item.a;
      var orphan = item.orphan || now() - Date.parse(a.started) > ORPHAN_MS;
      var li = el('li', 'agent' + (orphan ? ' orphan' : ''));
      var left = el('div');
      left.appendChild(el('div', 'name', a.agent_id));
      left.appendChild(el('div', 'muted', (a.source === 'hook' ? 'subagent' : '2L agent') + (a.agent_type ? ' · ' + a.agent_type : '') + (a.session_id ? ' · session ' + short(a.session_id) : '')));
      li.appendChild(left);
      var d = el('div', 'dur', '');
      d.dataset.since = a.started;
      li.appendChild(d);
      ul.appendChild(li);
    });
    if (s.agents.completed) ul.appendChild(el('li', 'none', s.agents.completed + ' completed'));
  }
  function renderTools() {
    var s = st.summary, tb = $('tools');
    clear(tb);
    if (!s.tools.length) { var tr0 = el('tr'); var td0 = el('td', 'none', 'No tool calls yet'); td0.colSpan = 6; tr0.appendChild(td0); tb.appendChild(tr0); }
    s.tools.slice(0, 15).forEach(function (t) {
      var tr = el('tr');
      var name = el('td', '', t.tool); name.title = t.tool;
      tr.appendChild(name);
      tr.appendChild(el('td', '', t.calls));
      tr.appendChild(el('td', '', ms(t.p50)));
      tr.appendChild(el('td', '', ms(t.p95)));
      tr.appendChild(el('td', '', ms(t.max)));
      tr.appendChild(el('td', t.failures ? 'bad' : '', t.failures ? (100 * t.failure_rate).toFixed(t.failure_rate < 0.1 ? 1 : 0) + '%' : '0'));
      tb.appendChild(tr);
    });
    var sl = $('slowest');
    clear(sl);
    if (!s.slowest.length) sl.appendChild(el('li', 'none', 'None yet'));
    s.slowest.slice(0, 5).forEach(function (c) {
      var li = el('li', 'line');
      li.appendChild(el('span', 'n' + (c.failed ? ' bad' : ''), ms(c.duration_ms)));
      var what = c.data.indexOf(c.tool) === 0 ? c.data : c.tool + ': ' + c.data;
      var t = el('span', 't', what); t.title = what;
      li.appendChild(t);
      sl.appendChild(li);
    });
    var h = s.hook_ms, hk = $('hooks');
    clear(hk);
    hk.appendChild(el('div', h.count ? 'line' : 'none', h.count ? ('p50 ' + ms(h.p50) + ' · p95 ' + ms(h.p95) + ' · max ' + ms(h.max) + ' over ' + h.count + ' hook runs') : 'No hook timings yet'));
  }
  function renderErrors() {
    var ol = $('errors');
    clear(ol);
    var r = st.summary.errors.recent.slice(-8).reverse();
    if (!r.length) { ol.appendChild(el('li', 'none', 'No errors')); return; }
    r.forEach(function (e) {
      var li = el('li', 'line');
      var t = el('span', 'n rel', rel(e.timestamp)); t.dataset.ts = e.timestamp;
      li.appendChild(t);
      var txt = (e.tool_name ? e.tool_name + ': ' : '') + (e.error || e.data);
      var span = el('span', 't', txt); span.title = txt;
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
    var pm = st.summary.per_minute;
    if (!pm.length) { $('chart-left').textContent = 'No events yet'; $('chart-right').textContent = ''; return; }
    var last = Date.parse(pm[pm.length - 1].minute + ':00Z');
    var slots = 60, bw = 300 / slots, counts = {}, max = 1;
    pm.forEach(function (m) { counts[m.minute] = m; if (m.events > max) max = m.events; });
    for (var i = 0; i < slots; i++) {
      var key = new Date(last - (slots - 1 - i) * 60000).toISOString().slice(0, 16);
      var m = counts[key];
      if (!m) continue;
      var h = Math.max(1, (m.events / max) * 86);
      var bar = svg('rect', { x: i * bw + 0.5, y: 90 - h, width: bw - 1, height: h, 'class': 'bar' });
      bar.appendChild(svg('title', {}, key.replace('T', ' ') + ' UTC: ' + m.events + ' events' + (m.errors ? ', ' + m.errors + ' errors' : '')));
      c.appendChild(bar);
      if (m.errors) c.appendChild(svg('rect', { x: i * bw + 0.5, y: 90 - Math.max(1, (m.errors / max) * 86), width: bw - 1, height: Math.max(1, (m.errors / max) * 86), 'class': 'err' }));
    }
    $('chart-left').textContent = new Date(last - (slots - 1) * 60000).toISOString().slice(11, 16) + ' UTC';
    $('chart-right').textContent = 'peak ' + max + '/min · ' + new Date(last).toISOString().slice(11, 16);
  }

  // ----- clocks -----
  function tick() {
    var s = st.summary;
    if (s && s.plan.started) {
      var end = s.plan.status === 'complete' && s.plan.completed ? Date.parse(s.plan.completed) : now();
      $('plan-elapsed').textContent = clock(Math.max(0, end - Date.parse(s.plan.started)));
    }
    var durs = document.querySelectorAll('#agents .dur');
    for (var i = 0; i < durs.length; i++) durs[i].textContent = clock(Math.max(0, now() - Date.parse(durs[i].dataset.since)));
  }
  function tickRelative() {
    var ts = document.querySelectorAll('.rel');
    for (var i = 0; i < ts.length; i++) if (ts[i].dataset.ts) ts[i].textContent = rel(ts[i].dataset.ts);
  }

  // ----- data flow -----
  function setConn(text, cls) { var c = $('conn'); c.textContent = text; c.className = 'pill ' + (cls || ''); }
  function getState(early) {
    return fetch('/api/state' + (early ? '?early=1' : ''), { cache: 'no-store' }).then(function (r) {
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
      setConn('reading log ' + Math.round(100 * data.progress) + '%', '');
      return getState(false);
    }).then(function (data) {
      apply(data);
      connect();
    }).catch(function () {
      setConn('offline', 'down');
      setTimeout(load, 3000);
    });
  }
  function apply(data) {
    st.skew = Date.parse(data.now) - Date.now();
    if (!isFinite(st.skew)) st.skew = 0;
    st.project = data.name;
    st.logPath = data.log.path;
    st.logExists = data.log.exists;
    st.seq = data.seq;
    st.epoch = data.epoch;
    st.summary = data.summary;
    $('project').textContent = data.name;
    $('project-path').textContent = data.project;
    document.title = data.name + ' · 2L dashboard';
    var first = data.seq - data.events.length + 1;
    st.events = [];
    data.events.forEach(function (line, i) { var e = parseLine(line, first + i); if (e) st.events.push(e); });
    st.loading = data.loading;
    renderTimeline();
    refreshOptions();
    renderSummary();
  }
  function connect() {
    var es = new EventSource('/api/stream?since=' + st.seq + '&epoch=' + st.epoch);
    st.es = es;
    es.onopen = function () { setConn('live', 'live'); };
    es.onerror = function () { setConn(es.readyState === 2 ? 'offline' : 'reconnecting', 'down'); if (es.readyState === 2) setTimeout(load, 3000); };
    es.onmessage = function (m) {
      var seq = Number(m.lastEventId);
      if (seq <= st.seq) return;
      var e = parseLine(m.data, seq);
      st.seq = seq;
      if (!e) return;
      st.logExists = true;
      queue.push(e);
      if (!flushing) { flushing = true; setTimeout(flush, 0); }
    };
    es.addEventListener('summary', function (m) {
      try { st.summary = JSON.parse(m.data); } catch (err) { return; }
      renderSummary();
      refreshOptions();
    });
    es.addEventListener('reset', function () { load(); });
  }
  var queue = [], flushing = false;
  function flush() {
    flushing = false;
    var batch = queue; queue = [];
    addEvents(batch);
    renderEmpty();
  }

  bindFilters();
  setInterval(tick, 1000);
  setInterval(tickRelative, 5000);
  load();
})();
`;
