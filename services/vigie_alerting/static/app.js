// Vigie live page: loads GET /alerts, then follows GET /events (server-sent events) with the same filters.
"use strict";

const rows = new Map(); // alert_id -> latest alert version
let source = null;

function params() {
  const form = new FormData(document.getElementById("filters"));
  const query = new URLSearchParams();
  for (const [key, value] of form.entries()) {
    if (String(value).trim()) query.set(key, String(value).trim());
  }
  return query;
}

function cell(text, className) {
  const td = document.createElement("td");
  if (className) {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    td.appendChild(span);
  } else {
    td.textContent = text;
  }
  return td;
}

function render(freshId) {
  const body = document.getElementById("alerts");
  body.replaceChildren();
  const alerts = [...rows.values()].sort((a, b) => (a.first_seen < b.first_seen ? 1 : -1));
  for (const alert of alerts) {
    const tr = document.createElement("tr");
    if (alert.alert_id === freshId) tr.className = "fresh";
    tr.appendChild(cell(alert.severity, "sev " + alert.severity));
    tr.appendChild(cell(alert.kind));
    const title = cell(alert.title);
    const reasons = document.createElement("div");
    reasons.className = "reasons";
    reasons.textContent = (alert.reasons || []).join(" · ");
    title.appendChild(reasons);
    tr.appendChild(title);
    tr.appendChild(cell((alert.countries || []).join(", ")));
    tr.appendChild(cell(alert.location ? alert.location.name : ""));
    tr.appendChild(cell(alert.event_date || ""));
    tr.appendChild(cell(String(alert.independent_sources) + " / " + alert.article_ids.length + " articles"));
    tr.appendChild(cell((alert.languages || []).join(", ")));
    tr.appendChild(cell(alert.status));
    tr.appendChild(cell(new Date(alert.updated_at).toLocaleString()));
    body.appendChild(tr);
  }
  document.getElementById("summary").textContent = rows.size + " alert(s)";
}

function setConnected(on) {
  const badge = document.getElementById("conn");
  badge.textContent = on ? "live" : "offline";
  badge.className = "conn " + (on ? "on" : "off");
}

async function load() {
  if (source) source.close();
  rows.clear();
  const query = params();
  const response = await fetch("/alerts?" + query.toString());
  const body = await response.json();
  for (const alert of body.alerts) rows.set(alert.alert_id, alert);
  render(null);
  source = new EventSource("/events?" + query.toString());
  source.onopen = () => setConnected(true);
  source.onerror = () => setConnected(false);
  source.addEventListener("alert", (event) => {
    const alert = JSON.parse(event.data);
    const known = rows.get(alert.alert_id);
    if (!known || known.version <= alert.version) rows.set(alert.alert_id, alert);
    render(alert.alert_id);
  });
}

document.getElementById("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  load();
});
load();
