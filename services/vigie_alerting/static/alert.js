// Vigie alert page (/alerts/{id}/view): one alert in full, kept current through GET /events, with
// acknowledge / resolve / silence actions authorised by a bearer token kept in sessionStorage.
"use strict";

const TOKEN_KEY = "vigie.alerting.token";
const alertId = decodeURIComponent(location.pathname.split("/")[2] || "");
let current = null;
let regionNames = null; // region name -> its countries (GET /regions), once loaded

function say(text, kind) {
  const box = document.getElementById("message");
  box.textContent = text;
  box.className = "message " + (kind || "");
}

// The sentence with its trigger in <mark>; offsets count code points (Python), not UTF-16 units.
function highlighted(ev) {
  const chars = Array.from(ev.sentence);
  const start = Math.min(ev.trigger_start, chars.length);
  const end = Math.min(Math.max(ev.trigger_end, start), chars.length);
  return el(
    "blockquote",
    { dir: "auto", lang: ev.lang, className: "evidence" },
    chars.slice(0, start).join(""),
    el("mark", {}, chars.slice(start, end).join("")),
    chars.slice(end).join(""),
  );
}

function facts(alert) {
  const loc = alert.location;
  const place = loc
    ? [loc.name, loc.country, loc.lat !== null && loc.lon !== null ? loc.lat + ", " + loc.lon : null]
        .filter(Boolean)
        .join(" · ")
    : "unknown";
  const rows = [
    ["Kind", alert.kind],
    ["Event", [alert.plover, alert.mode, "CAMEO " + alert.cameo].filter(Boolean).join(" · ")],
    ["Place", place],
    ["Event date", alert.event_date || "unknown"],
    ["Countries", (alert.countries || []).join(", ")],
    ["Sources", alert.independent_sources + " independent: " + (alert.sources || []).join(", ")],
    ["Languages", (alert.languages || []).join(", ")],
    ["First seen", formatTime(alert.first_seen)],
    ["Last seen", formatTime(alert.last_seen)],
    ["Updated", formatTime(alert.updated_at) + " (version " + alert.version + ")"],
  ];
  return el("dl", { className: "facts" }, rows.map(([k, v]) => [el("dt", {}, k), el("dd", { dir: "auto" }, v)]));
}

// Each raise of the story (a new version with a higher severity or an escalation cue met), oldest first.
function escalations(alert) {
  const history = alert.escalations || [];
  if (!history.length) return el("p", { className: "hint escalations-none" }, "Not raised since it fired.");
  return el(
    "ol",
    { className: "escalations" },
    history.map((e) =>
      el(
        "li",
        { "data-version": e.version },
        formatTime(e.at) + " · version " + e.version + ": ",
        severityBadge(e.from_severity),
        " → ",
        severityBadge(e.to_severity),
        el("ul", { className: "why" }, (e.reasons || []).map((r) => el("li", {}, r))),
      ),
    ),
  );
}

function actors(alert) {
  const head = el("tr", {}, ["Code", "Name", "Person", "Office", "Country", "Role"].map((h) => el("th", {}, h)));
  if (!(alert.actors || []).length) return el("p", { className: "hint" }, "No actor coded for this story.");
  const body = alert.actors.map((a) =>
    el(
      "tr",
      {},
      [a.code, a.name, a.person, a.office, a.country, a.role].map((v) => el("td", { dir: "auto" }, v || "—")),
    ),
  );
  return el("table", { className: "actors" }, el("thead", {}, head), el("tbody", {}, body));
}

function timeline(alert) {
  const byArticle = new Map();
  for (const ev of alert.evidence || []) if (!byArticle.has(ev.article_id)) byArticle.set(ev.article_id, ev);
  return el(
    "ol",
    { className: "timeline" },
    alert.article_ids.map((id) => {
      const ev = byArticle.get(id);
      return el(
        "li",
        { "data-article-id": id },
        ev ? articleLink(ev.url, ev.source) : id,
        ev ? el("span", { className: "lang" }, ev.lang) : null,
        el("code", {}, id),
      );
    }),
  );
}

function evidence(alert) {
  return (alert.evidence || []).map((ev) =>
    el(
      "figure",
      { className: "quote" },
      highlighted(ev),
      el(
        "figcaption",
        {},
        el("span", { className: "lang" }, ev.lang),
        " ",
        articleLink(ev.url, ev.source),
      ),
    ),
  );
}

function render(alert) {
  current = alert;
  document.title = "Vigie — " + alert.title;
  document.getElementById("alert").replaceChildren(
    el("h2", { dir: "auto" }, alert.title),
    el(
      "p",
      { className: "badges" },
      severityBadge(alert.severity),
      " ",
      statusBadge(alert.status),
      " ",
      el("code", {}, alert.alert_id),
    ),
    alert.status_reason ? el("p", { className: "status-reason" }, "Status: " + alert.status_reason) : null,
    el("h3", {}, "Why this severity"),
    el("ul", { className: "why" }, (alert.reasons || []).map((r) => el("li", {}, r))),
    el("h3", {}, "Escalation history"),
    escalations(alert),
    facts(alert),
    el("h3", {}, "Actors"),
    actors(alert),
    el("h3", {}, "Articles, in arrival order"),
    timeline(alert),
    el("h3", {}, "Evidence"),
    ...evidence(alert),
  );
  document.getElementById("ack").disabled = alert.status !== "firing";
  document.getElementById("resolve").disabled = alert.status === "resolved";
  renderMatchers(alert);
}

function renderMatchers(alert) {
  const box = document.getElementById("matchers");
  if (box.childElementCount) return; // keep the user's choices across updates
  const loc = alert.location;
  const code = (alert.actors || []).map((a) => a.code).find(Boolean);
  const country = (loc && loc.country) || (alert.countries || [])[0];
  const region = country ? [...(regionNames || new Map())].find(([, members]) => members.includes(country)) : null;
  const options = [
    ["kind", alert.kind, true],
    ["country", country, false],
    ["regions", region ? region[0] : null, false],
    ["actor_code", code, false],
    ["place", loc ? loc.name : null, false],
    ["severity", alert.severity, false],
  ];
  box.replaceChildren(
    ...options
      .filter(([, value]) => value)
      .map(([name, value, on]) =>
        el(
          "label",
          { className: "matcher" },
          el("input", { type: "checkbox", name: "m", value: name, "data-value": value, checked: on }),
          " " + name + " = ",
          el("code", {}, value),
        ),
      ),
  );
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

function showTokenState() {
  document.getElementById("token-state").textContent = token() ? "token set for this tab" : "no token yet";
}

async function post(path, body) {
  if (!token()) {
    say("Type the API token first (it is kept in this tab only).", "error");
    return null;
  }
  const headers = { Authorization: "Bearer " + token() };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method: "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail || "");
    say("Refused (" + response.status + "): " + detail, "error");
    return null;
  }
  return data;
}

async function move(action) {
  const alert = await post("/alerts/" + encodeURIComponent(alertId) + "/" + action);
  if (alert) {
    render(alert);
    say("Alert " + alert.status + " (version " + alert.version + ").", "ok");
  }
}

async function silence(event) {
  event.preventDefault();
  const data = new FormData(event.target);
  const matchers = {};
  for (const box of document.querySelectorAll("#matchers input:checked")) {
    const value = box.getAttribute("data-value");
    matchers[box.value] = box.value === "regions" ? [value] : value; // list matchers take a list
  }
  if (!Object.keys(matchers).length) {
    say("Pick at least one matcher.", "error");
    return;
  }
  const ends = new Date(Date.now() + Number(data.get("hours")) * 3600 * 1000);
  const created = await post("/silences", {
    matchers,
    author: String(data.get("author")),
    comment: String(data.get("comment")),
    ends_at: ends.toISOString(),
  });
  if (created) say("Silence " + created.silence_id + " active until " + formatTime(created.ends_at) + ".", "ok");
}

async function start() {
  document.getElementById("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const field = document.getElementById("token");
    sessionStorage.setItem(TOKEN_KEY, field.value.trim());
    field.value = "";
    showTokenState();
  });
  document.getElementById("ack").addEventListener("click", () => move("ack"));
  document.getElementById("resolve").addEventListener("click", () => move("resolve"));
  document.getElementById("silence-form").addEventListener("submit", silence);
  showTokenState();
  const known = await fetch("/regions");
  if (known.ok) regionNames = new Map((await known.json()).regions.map((r) => [r.name, r.countries]));
  followAlerts(
    (alert) => {
      if (alert.alert_id === alertId && (!current || alert.version > current.version)) render(alert);
    },
    setConnected,
  );
  const response = await fetch("/alerts/" + encodeURIComponent(alertId));
  if (!response.ok) {
    say("No alert " + alertId + " (" + response.status + ").", "error");
    return;
  }
  const alert = await response.json();
  if (!current || alert.version > current.version) render(alert);
}

start();
