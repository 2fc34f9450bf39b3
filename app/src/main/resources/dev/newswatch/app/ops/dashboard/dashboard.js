// Newswatch dashboard: renders what /events sends (server-sent events). No framework, no build step.
// Every value from a feed is put on the page as text (textContent), never as HTML.
'use strict';

(function () {
  const MAX_ALERTS = 50;
  const state = { alerts: [], deals: [], feeds: new Map(), deliveries: {}, sample: null };

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === 'class') node.className = v;
      else if (k === 'title') node.title = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function link(url, text) {
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
      return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
    }
    return document.createTextNode(text);
  }

  // ---- formatting -------------------------------------------------------------------------------

  function money(usd) {
    if (usd === null || usd === undefined) return '?';
    const n = Number(usd);
    if (n >= 1e12) return '$' + trim(n / 1e12) + 'T';
    if (n >= 1e9) return '$' + trim(n / 1e9) + 'B';
    if (n >= 1e6) return '$' + trim(n / 1e6) + 'M';
    if (n >= 1e3) return '$' + trim(n / 1e3) + 'K';
    return '$' + n.toFixed(0);
  }

  function trim(x) {
    return x >= 100 ? x.toFixed(0) : x.toFixed(1).replace(/\.0$/, '');
  }

  function amount(deal) {
    const prefix = { more_than: '> ', at_least: '≥ ', up_to: '≤ ', about: '~', between: '' }[deal.qualifier] || '';
    return prefix + money(deal.amountUsd);
  }

  function time(iso) {
    if (!iso) return '–';
    const d = new Date(iso);
    const today = new Date().toDateString() === d.toDateString();
    return today ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      : d.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  // Newest first by event time (the article's), whatever order the partitions delivered them in.
  const millis = (iso) => (iso ? Date.parse(iso) : 0) || 0;
  const byTime = (field) => (a, b) => millis(field(b)) - millis(field(a));
  const alertTime = (a) => a.raisedAt;
  const dealTime = (d) => d.lastSeen || d.firstSeen;

  function ago(iso) {
    if (!iso) return '–';
    const s = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
    if (s < 60) return s + ' s ago';
    if (s < 3600) return Math.round(s / 60) + ' min ago';
    if (s < 86400) return Math.round(s / 3600) + ' h ago';
    return Math.round(s / 86400) + ' d ago';
  }

  function count(n) {
    return n === null || n === undefined ? '–' : Number(n).toLocaleString();
  }

  function rate(r) {
    return r === null || r === undefined ? '' : (r >= 10 ? r.toFixed(0) : r.toFixed(1)) + ' /s';
  }

  function pill(node, cls, text, title) {
    node.className = 'pill ' + cls;
    node.textContent = text;
    if (title !== undefined) node.title = title;
  }

  // ---- alerts and deals -------------------------------------------------------------------------

  function alertItem(a, fresh) {
    const d = a.deal;
    const sources = d.sources || [];
    const first = sources[0];
    return el('li', { class: fresh ? 'alert fresh' : 'alert', 'data-alert-id': a.alertId, 'data-deal-id': d.dealId },
      el('div', null,
        el('span', { class: 'amount' }, amount(d)),
        el('span', { class: 'headline' }, d.headline)),
      el('div', { class: 'meta' },
        el('span', { class: 'badge ' + a.kind }, a.kind),
        d.type ? el('span', { class: 'badge' }, d.type) : null,
        d.stage ? el('span', { class: 'badge' }, d.stage) : null,
        time(a.raisedAt), ' · ', sources.length + (sources.length === 1 ? ' source' : ' sources'),
        first ? ' · ' : null, first ? link(first.url, first.outlet || first.title || 'source') : null),
      d.evidence ? el('div', { class: 'evidence' }, '“' + d.evidence + '”') : null);
  }

  function renderAlerts(freshId) {
    const list = $('alerts');
    list.replaceChildren(...state.alerts.map((a) => alertItem(a, a.alertId === freshId)));
    $('alerts-empty').hidden = state.alerts.length > 0;
    $('alerts-count').textContent = state.alerts.length ? '(' + state.alerts.length + ' newest)' : '';
  }

  function dealRow(d, fresh) {
    const sources = d.sources || [];
    return el('tr', { class: fresh ? 'fresh' : null, 'data-deal-id': d.dealId, title: d.evidence || '' },
      el('td', { class: 'when' }, time(d.lastSeen || d.firstSeen)),
      el('td', null, d.headline),
      el('td', { class: 'num' }, amount(d)),
      el('td', null, d.type || ''),
      el('td', null, d.stage || ''),
      el('td', { class: 'num' }, sources.length),
      el('td', { class: 'num' }, d.version));
  }

  function renderDeals(freshId) {
    $('deals').tBodies[0].replaceChildren(...state.deals.map((d) => dealRow(d, d.dealId === freshId)));
    $('deals-empty').hidden = state.deals.length > 0;
  }

  function addAlert(a) {
    state.alerts = [a, ...state.alerts.filter((x) => x.alertId !== a.alertId)].sort(byTime(alertTime)).slice(0, MAX_ALERTS);
    renderAlerts(a.alertId);
  }

  function addDeal(d) {
    state.deals = [d, ...state.deals.filter((x) => x.dealId !== d.dealId)].sort(byTime(dealTime)).slice(0, MAX_ALERTS);
    renderDeals(d.dealId);
  }

  // ---- feeds and deliveries ---------------------------------------------------------------------

  const HEALTH_ORDER = { 'backing-off': 0, failing: 1, ok: 2 };

  function renderFeeds() {
    const feeds = [...state.feeds.values()].sort((a, b) =>
      (HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health]) || (b.failures - a.failures) || a.feedId.localeCompare(b.feedId));
    $('feeds').tBodies[0].replaceChildren(...feeds.map((f) => el('tr', { 'data-feed-id': f.feedId },
      el('td', { title: f.url }, f.name || f.feedId),
      el('td', null, el('span', { class: 'health ' + f.health }, f.health)),
      el('td', { class: 'num' }, f.httpStatus || '–'),
      el('td', { class: 'num' }, f.itemsNew),
      el('td', { class: 'num' }, f.latencyMs + ' ms'),
      el('td', { class: 'num' }, f.failures),
      el('td', { class: 'when' }, time(f.time)),
      el('td', { class: 'when' }, time(f.nextPoll)),
      el('td', { title: f.push ? f.push.hub + (f.push.error ? ' · ' + f.push.error : '') : '' },
        f.push ? f.push.state + (f.push.lastNotification ? ' · last ' + time(f.push.lastNotification) : '') : '–'),
      el('td', { class: 'error' }, f.error || ''))));
    $('feeds-empty').hidden = feeds.length > 0;
    const ok = feeds.filter((f) => f.health === 'ok').length;
    const failing = feeds.filter((f) => f.health === 'failing').length;
    const backing = feeds.filter((f) => f.health === 'backing-off').length;
    $('tile-feeds').textContent = feeds.length ? ok + ' ok' : '–';
    $('tile-feeds-detail').textContent = feeds.length ? failing + ' failing · ' + backing + ' backing off' : '';
  }

  function renderDeliveries() {
    const subs = Object.keys(state.deliveries).sort();
    $('deliveries').tBodies[0].replaceChildren(...subs.map((id) => {
      const c = state.deliveries[id];
      const last = c.lastState ? c.lastState + ' ' + ago(c.lastAt) + (c.lastDeal ? ' · ' + c.lastDeal : '') : '';
      return el('tr', { 'data-subscription-id': id },
        el('td', null, id),
        el('td', { class: 'num' }, c.delivered),
        el('td', { class: 'num' }, c.pending),
        el('td', { class: 'num' + (c.dead ? ' error' : '') }, c.dead),
        el('td', { class: c.lastState === 'dead' || c.lastState === 'failed' ? 'error' : null, title: c.lastError || '' }, last));
    }));
    $('deliveries-empty').hidden = subs.length > 0;
  }

  // ---- broker, topics and groups ----------------------------------------------------------------

  function renderSample() {
    const s = state.sample;
    if (!s) return;
    const broker = $('broker');
    if (s.broker === 'up') {
      const n = s.cluster ? s.cluster.brokers.length : 0;
      pill(broker, 'ok', 'Broker up · ' + n + (n === 1 ? ' broker' : ' brokers'), s.cluster ? s.cluster.bootstrapServers : '');
    } else if (s.broker === 'down') {
      pill(broker, 'bad', 'Broker unreachable since ' + time(s.downSince), s.error || '');
    }
    const checks = $('checks');
    checks.replaceChildren(...Object.entries((s.health && s.health.checks) || {}).map(([name, c]) =>
      el('span', { class: 'pill ' + (c.up ? 'ok' : 'bad'), title: c.detail || '' }, name + (c.up ? ' ✓' : ' ✗'))));
    $('updated').textContent = 'sampled ' + time(s.at);

    const topics = s.topics || [];
    const byAlias = Object.fromEntries(topics.map((t) => [t.alias, t]));
    for (const [alias, tile] of [['articles', 'articles'], ['deals', 'deals'], ['alerts', 'alerts']]) {
      const t = byAlias[alias];
      $('tile-' + tile).textContent = t ? count(t.records) : '–';
      $('tile-' + tile + '-rate').textContent = t ? rate(t.perSecond) : '';
    }
    $('tile-last-article').textContent = ago(s.lastArticle);
    // The sample reads only the last records of each partition; the alerts this page holds may be newer.
    const newestAlert = [s.lastAlert, ...state.alerts.map(alertTime)].reduce((a, b) => (millis(b) > millis(a) ? b : a), null);
    $('tile-last-alert').textContent = ago(newestAlert);

    const stale = !!s.stale;
    $('topics-note').textContent = stale ? '(last known figures: the broker is not answering)'
      : '(sampled every ' + Math.round((s.intervalMs || 5000) / 1000) + ' s)';
    $('topics').classList.toggle('stale', stale);
    $('groups').classList.toggle('stale', stale);
    $('topics').tBodies[0].replaceChildren(...topics.map((t) => el('tr', { 'data-topic': t.alias },
      el('td', { title: t.name }, t.alias),
      el('td', { class: 'num' }, t.exists ? t.partitions : 'missing'),
      el('td', { class: 'num' + (/dlq$/.test(t.alias) && t.records > 0 ? ' error' : ''),
        title: /dlq$/.test(t.alias) ? 'Dead letters: bin/newswatch tail ' + t.alias : null }, count(t.records)),
      el('td', { class: 'num' }, rate(t.perSecond)),
      el('td', null, Object.entries(t.lag || {}).map(([g, n]) => g + ': ' + count(n)).join(', ')),
      el('td', null, t.newest ? ago(t.newest) : '–'))));
    $('groups').tBodies[0].replaceChildren(...(s.groups || []).map((g) => el('tr', { 'data-group': g.groupId },
      el('td', null, g.groupId),
      el('td', null, g.role),
      el('td', null, g.state),
      el('td', { class: 'num' }, g.members),
      el('td', { class: 'num' }, g.lag === undefined ? '–' : count(g.lag)))));
  }

  // ---- the stream -------------------------------------------------------------------------------

  function connect() {
    const source = new EventSource('/events');
    const connection = $('connection');
    source.onopen = () => pill(connection, 'ok', 'Live', 'Connected to ' + location.host);
    source.onerror = () => pill(connection, 'warn', 'Reconnecting…', 'The page lost its connection and retries by itself');
    const on = (name, fn) => source.addEventListener(name, (e) => fn(JSON.parse(e.data)));
    on('snapshot', (s) => {
      state.alerts = (s.alerts || []).sort(byTime(alertTime));
      state.deals = (s.deals || []).sort(byTime(dealTime));
      state.feeds = new Map((s.feeds || []).map((f) => [f.feedId, f]));
      state.deliveries = s.deliveries || {};
      state.sample = s.sample && s.sample.at ? s.sample : state.sample;
      renderAlerts(); renderDeals(); renderFeeds(); renderDeliveries(); renderSample();
      pill(connection, 'ok', 'Live', 'Connected to ' + location.host);
    });
    on('alert', addAlert);
    on('deal', addDeal);
    on('feed', (f) => { state.feeds.set(f.feedId, f); renderFeeds(); });
    on('deliveries', (d) => { state.deliveries = d; renderDeliveries(); });
    on('sample', (s) => { state.sample = s; renderSample(); });
  }

  // Relative times ("12 s ago") move on between samples.
  setInterval(() => { renderSample(); renderDeliveries(); }, 5000);
  connect();
})();
