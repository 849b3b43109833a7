// Vigie live page: follows GET /events (server-sent events), loads GET /alerts, and keeps one row per
// alert (its newest version), newest story first, with client-side filters, severity counts and a map.
"use strict";

const alerts = new Map(); // alert_id -> newest version seen
const fresh = new Map(); // alert_id -> time of its last change, to flash the row
const severityFilter = new Set(); // empty = every severity
const form = document.getElementById("filters");
const worldMap = createMap(document.getElementById("map"));
const regions = new Map(); // region name -> its countries (GET /regions)
let pending = false;

function upsert(alert) {
  const known = alerts.get(alert.alert_id);
  if (known && known.version >= alert.version) return false;
  alerts.set(alert.alert_id, alert);
  return true;
}

function currentFilters() {
  const data = new FormData(form);
  const text = (name) => String(data.get(name) || "").trim();
  return {
    kind: text("kind"),
    country: text("country").toUpperCase(),
    region: text("region"),
    actor: text("actor").toLowerCase(),
    lang: text("lang"),
    status: text("status"),
  };
}

function matches(alert, f) {
  if (f.kind && alert.kind !== f.kind) return false;
  if (f.status && alert.status !== f.status) return false;
  if (f.lang && !(alert.languages || []).includes(f.lang)) return false;
  if (f.country) {
    const countries = [...(alert.countries || []), alert.location ? alert.location.country : null];
    if (!countries.includes(f.country)) return false;
  }
  if (f.region) {
    const members = regions.get(f.region) || [];
    const countries = [...(alert.countries || []), alert.location ? alert.location.country : null];
    if (!countries.some((c) => c && members.includes(c))) return false;
  }
  if (f.actor) {
    const found = (alert.actors || []).some((a) =>
      [a.code, a.name, a.person, a.text].some((v) => v && String(v).toLowerCase().includes(f.actor)),
    );
    if (!found) return false;
  }
  return true;
}

// Keeps a <select>'s options equal to the values seen so far, without losing the user's choice.
function refreshOptions(select, values) {
  const chosen = select.value;
  const wanted = ["", ...[...values].sort()];
  const have = [...select.options].map((o) => o.value);
  if (wanted.length === have.length && wanted.every((v, i) => v === have[i])) return;
  select.replaceChildren(...wanted.map((v) => el("option", { value: v }, v || "any")));
  select.value = wanted.includes(chosen) ? chosen : "";
}

function renderCounts(counts) {
  const box = document.getElementById("counts");
  const chips = SEVERITIES.map((sev) =>
    el(
      "button",
      {
        type: "button",
        className: "chip " + sev + (severityFilter.has(sev) ? " on" : ""),
        "data-severity": sev,
        "aria-pressed": severityFilter.has(sev) ? "true" : "false",
        onclick: () => {
          if (severityFilter.has(sev)) severityFilter.delete(sev);
          else severityFilter.add(sev);
          schedule();
        },
      },
      el("span", { className: "n" }, counts[sev] || 0),
      " " + sev,
    ),
  );
  box.replaceChildren(...chips);
}

function row(alert, now) {
  const title = el(
    "td",
    {},
    el("a", { href: alertUrl(alert.alert_id), className: "title", dir: "auto" }, alert.title),
    el("div", { className: "reasons" }, (alert.reasons || []).join(" · ")),
  );
  const changed = fresh.get(alert.alert_id);
  return el(
    "tr",
    {
      "data-alert-id": alert.alert_id,
      "data-version": alert.version,
      "data-status": alert.status,
      className: changed && now - changed < 3000 ? "fresh" : null,
    },
    el("td", {}, severityBadge(alert.severity)),
    el("td", {}, alert.kind),
    title,
    el("td", {}, (alert.countries || []).join(", ")),
    el("td", { dir: "auto" }, alert.location ? alert.location.name : ""),
    el("td", {}, alert.event_date || ""),
    el("td", {}, alert.independent_sources + " / " + alert.article_ids.length + " art."),
    el("td", {}, (alert.languages || []).join(", ")),
    el("td", {}, statusBadge(alert.status)),
    el("td", { className: "when" }, formatTime(alert.updated_at)),
  );
}

function render() {
  pending = false;
  const all = [...alerts.values()];
  refreshOptions(document.getElementById("f-kind"), new Set(all.map((a) => a.kind)));
  refreshOptions(document.getElementById("f-lang"), new Set(all.flatMap((a) => a.languages || [])));
  const f = currentFilters();
  const passing = all.filter((a) => matches(a, f));
  const counts = {};
  for (const a of passing) counts[a.severity] = (counts[a.severity] || 0) + 1;
  renderCounts(counts);
  const shown = passing
    .filter((a) => severityFilter.size === 0 || severityFilter.has(a.severity))
    .sort((a, b) => (a.first_seen === b.first_seen ? (a.alert_id < b.alert_id ? 1 : -1) : a.first_seen < b.first_seen ? 1 : -1));
  const now = Date.now();
  document.getElementById("alerts").replaceChildren(...shown.map((a) => row(a, now)));
  document.getElementById("summary").textContent = shown.length + " of " + alerts.size + " alert(s) shown";
  worldMap.update(shown);
}

function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(render);
}

async function loadRegions() {
  const response = await fetch("/regions");
  if (!response.ok) return;
  for (const region of (await response.json()).regions) regions.set(region.name, region.countries);
  refreshOptions(document.getElementById("f-region"), new Set(regions.keys()));
}

async function start() {
  await loadRegions();
  // Subscribe first, then load: a version that fires in between is not lost (the newest version wins).
  const source = new EventSource("/events");
  source.onopen = () => setConnected(true);
  source.onerror = () => setConnected(false);
  source.addEventListener("alert", (event) => {
    const alert = JSON.parse(event.data);
    if (upsert(alert)) fresh.set(alert.alert_id, Date.now());
    schedule();
  });
  const response = await fetch("/alerts?limit=1000");
  const body = await response.json();
  for (const alert of body.alerts) upsert(alert);
  schedule();
}

form.addEventListener("input", schedule);
form.addEventListener("change", schedule);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  schedule();
});
form.addEventListener("reset", () => {
  severityFilter.clear();
  setTimeout(schedule, 0);
});
start();
