// Vigie page helpers shared by the live list and the alert page: safe DOM building, formats, colours.
"use strict";

const SEVERITIES = ["critical", "high", "medium", "low"];

// Builds an element; strings and numbers among the children become text nodes (never parsed as HTML).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "className") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// The same for SVG elements (attributes only; text through the children like el()).
function svgEl(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function severityBadge(severity) {
  return el("span", { className: "sev " + severity }, severity);
}

function statusBadge(status) {
  return el("span", { className: "status " + status, "data-status": status }, status);
}

function formatTime(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toISOString().replace("T", " ").slice(0, 19) + " UTC";
}

function alertUrl(alertId) {
  return "/alerts/" + encodeURIComponent(alertId) + "/view";
}

// A link to an article, or plain text when its URL is not http(s) (no javascript: or data: links).
function articleLink(url, text) {
  let protocol = "";
  try {
    protocol = new URL(String(url)).protocol;
  } catch {
    protocol = "";
  }
  if (protocol !== "http:" && protocol !== "https:") return el("span", {}, text);
  return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text);
}

// Subscribes to GET /events; calls onAlert(alert) per version and onState(true|false) as the link changes.
function followAlerts(onAlert, onState) {
  const source = new EventSource("/events");
  source.onopen = () => onState(true);
  source.onerror = () => onState(false);
  source.addEventListener("alert", (event) => onAlert(JSON.parse(event.data)));
  return source;
}

function setConnected(on) {
  const badge = document.getElementById("conn");
  badge.textContent = on ? "live" : "offline";
  badge.className = "conn " + (on ? "on" : "off");
}
