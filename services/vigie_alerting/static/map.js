// Offline world map: an equirectangular SVG (x = lon + 180, y = 90 - lat) drawn from land.json and
// countries.json (shipped with the service, no tiles), with one clickable dot per alert.
"use strict";

const MAP_RADIUS = { critical: 3.2, high: 2.6, medium: 2.1, low: 1.7 };

function createMap(svg) {
  const capitals = new Map(); // ISO alpha-3 -> [lat, lon]
  const base = svgEl("g", { class: "base" });
  const dots = svgEl("g", { class: "dots" });
  svg.replaceChildren(svgEl("rect", { x: 0, y: 0, width: 360, height: 180, class: "sea" }), base, dots);
  for (let lon = -150; lon <= 150; lon += 30) {
    base.appendChild(svgEl("line", { x1: lon + 180, y1: 0, x2: lon + 180, y2: 180, class: "grid" }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    base.appendChild(svgEl("line", { x1: 0, y1: 90 - lat, x2: 360, y2: 90 - lat, class: lat ? "grid" : "grid equator" }));
  }
  let lastAlerts = [];

  async function loadBase() {
    const [land, countries] = await Promise.all([
      fetch("/static/land.json").then((r) => r.json()),
      fetch("/static/countries.json").then((r) => r.json()),
    ]);
    const step = land.cell_deg;
    const landLayer = svgEl("g", { class: "land" });
    for (const [row, runs] of land.rows) {
      const y = 180 - (row + 0.5) * step;
      for (let i = 0; i < runs.length; i += 2) {
        for (let col = runs[i]; col < runs[i + 1]; col++) {
          landLayer.appendChild(svgEl("circle", { cx: (col + 0.5) * step, cy: y, r: step * 0.38 }));
        }
      }
    }
    const capitalLayer = svgEl("g", { class: "capitals" });
    for (const [iso3, name, lat, lon] of countries.countries) {
      capitals.set(iso3, [lat, lon]);
      capitalLayer.appendChild(
        svgEl("circle", { cx: lon + 180, cy: 90 - lat, r: 0.7 }, svgEl("title", {}, name + " (" + iso3 + ")")),
      );
    }
    base.append(landLayer, capitalLayer);
    update(lastAlerts);
  }

  // Where an alert is drawn: its place, else the capital of the place's country or of its first country.
  function position(alert) {
    const loc = alert.location;
    if (loc && loc.lat !== null && loc.lat !== undefined && loc.lon !== null && loc.lon !== undefined) {
      return [loc.lat, loc.lon];
    }
    const iso3 = (loc && loc.country) || (alert.countries || [])[0];
    return capitals.get(iso3) || null;
  }

  function update(alerts) {
    lastAlerts = alerts;
    const ordered = [...alerts].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
    const nodes = [];
    for (const alert of ordered) {
      const at = position(alert);
      if (!at) continue;
      const place = alert.location ? alert.location.name : (alert.countries || []).join(", ");
      const dot = svgEl("circle", {
        cx: at[1] + 180,
        cy: 90 - at[0],
        r: MAP_RADIUS[alert.severity] || 2,
        class: "alert-dot " + alert.severity,
      });
      dot.appendChild(svgEl("title", {}, alert.severity + ": " + alert.title + " — " + place));
      const link = svgEl("a", { href: alertUrl(alert.alert_id), "data-alert-id": alert.alert_id }, dot);
      nodes.push(link);
    }
    dots.replaceChildren(...nodes);
  }

  loadBase().catch((err) => console.error("map base layers could not load", err));
  return { update };
}
