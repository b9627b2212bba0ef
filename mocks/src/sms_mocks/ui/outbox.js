// The web outbox of the SMS mocks: talks only to the mock's control API under /__mock/ (same origin).
// Plain JS, no framework, nothing from outside the machine; every value from the mock is put into
// the page as text (textContent), never as HTML, so a message reading "<script>" stays a message.
"use strict";

const CONTROL = "/__mock";
const POLL_MS = 1000; // about once a second while the page is visible
const HIDDEN_POLL_MS = 5000; // slower while the tab is in the background
const MAX_ERROR_DELAY_MS = 10000;
const FIRST_LOAD_LIMIT = 500; // also the most messages the page keeps (the newest)
const MAX_CALLBACKS_SHOWN = 200;
const FILTER_DELAY_MS = 250;
const RESYNC_EVERY = 15; // every so many polls, load the whole list again (see resync below)
// a delivery report can only come for a message that went out and has none yet (a scheduled one
// first goes out when the mock's clock reaches its time)
const ACTIONABLE = new Set(["accepted"]);

const $ = (id) => document.getElementById(id);

const state = {
  version: null, // the outbox version last seen; null: load everything (again)
  polls: 0,
  generation: 0, // bumped when filters change or the mock is reset: late answers are dropped
  messages: new Map(), // id -> Message
  order: new Map(), // id -> sequence number (higher is newer)
  rows: new Map(), // id -> <tr>
  sequence: 0,
  filters: { recipient: "", text: "" },
  callbacksSeen: "",
  detailsId: null,
  opener: null,
  timer: null,
  failures: 0,
  up: null, // whether the last poll reached the mock (null: not tried yet)
  busy: false,
  again: false, // poll again as soon as the poll under way ends (an action changed something)
};

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(method, path, body) {
  const init = { method, headers: { Accept: "application/json" }, signal: AbortSignal.timeout(10000) };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(CONTROL + path, init);
  const text = response.status === 204 ? "" : await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { error: text.slice(0, 200) };
    }
  }
  if (!response.ok) {
    const reason = data && typeof data.error === "string" ? data.error : response.statusText;
    throw new ApiError(response.status, `${response.status}: ${reason}`);
  }
  return data;
}

// -- small DOM helpers --------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function none(label = "—") {
  return el("span", { class: "none", text: label });
}

function timeNode(iso) {
  if (!iso) return none();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return el("span", { text: iso });
  const today = new Date().toDateString() === date.toDateString();
  const shown = today
    ? date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" })
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });
  return el("time", { datetime: iso, title: iso, text: shown });
}

function badge(status) {
  return el("span", { class: `badge ${status}`, text: status });
}

function encodingText(message) {
  const parts = Number(message.parts);
  return `${message.encoding} · ${parts} ${parts === 1 ? "part" : "parts"}`;
}

function pretty(value) {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2);
}

function setNotice(text) {
  const notice = $("notice");
  notice.textContent = text || "";
  notice.hidden = !text;
}

function announce(text) {
  $("announce").textContent = text;
}

// -- the message list ---------------------------------------------------------------------------

function makeRow(id) {
  const row = el("tr", { "data-id": id });
  for (const [name, label] of [
    ["status", "State"],
    ["created", "Received"],
    ["recipient", "Recipient"],
    ["sender", "Sender"],
    ["text", "Text"],
    ["encoding", "Encoding"],
    ["key", "Send key"],
    ["scheduled", "Scheduled"],
  ]) {
    row.append(el("td", { class: `c-${name}`, "data-label": label }));
  }
  const details = el("button", { type: "button", "data-action": "details", text: "Details" });
  const deliver = el("button", { type: "button", class: "good", "data-action": "delivered", text: "Deliver" });
  const fail = el("button", { type: "button", class: "bad", "data-action": "failed", text: "Fail" });
  row.append(el("td", { class: "actions" }, details, deliver, fail));
  return row;
}

function fillRow(row, message) {
  const cell = (name) => row.querySelector(`.c-${name}`);
  cell("status").replaceChildren(badge(message.status));
  cell("created").replaceChildren(timeNode(message.created_at));
  cell("recipient").replaceChildren(el("span", { class: "mono", text: message.recipient }));
  cell("sender").replaceChildren(message.sender ? el("span", { text: message.sender }) : none("default"));
  cell("text").replaceChildren(message.text);
  cell("text").classList.add("text");
  cell("encoding").replaceChildren(encodingText(message));
  cell("key").replaceChildren(message.key ? el("span", { class: "mono", text: message.key }) : none());
  cell("scheduled").replaceChildren(timeNode(message.scheduled_at));
  const who = `message to ${message.recipient}`;
  const actionable = ACTIONABLE.has(message.status);
  for (const button of row.querySelectorAll("button[data-action]")) {
    const action = button.dataset.action;
    button.setAttribute("aria-label", `${button.textContent} ${who}`);
    if (action === "details") continue;
    if (!actionable && document.activeElement === button) {
      row.querySelector('[data-action="details"]').focus(); // keep keyboard focus in the row
    }
    button.disabled = !actionable;
  }
}

function renderMessages(changed, fresh) {
  const body = $("message-rows");
  // rows are updated in place, so focus and the keyboard position survive an update
  for (const id of changed) {
    if (!state.messages.has(id)) continue; // trimmed away meanwhile
    let row = state.rows.get(id);
    if (!row) {
      row = makeRow(id);
      state.rows.set(id, row);
    }
    fillRow(row, state.messages.get(id));
  }
  const ids = [...state.messages.keys()].sort((a, b) => state.order.get(b) - state.order.get(a));
  let previous = null;
  for (const id of ids) {
    const row = state.rows.get(id);
    const expected = previous ? previous.nextElementSibling : body.firstElementChild;
    if (expected !== row) {
      if (previous) previous.after(row);
      else body.prepend(row);
    }
    previous = row;
  }
  for (const id of fresh) {
    const row = state.rows.get(id);
    if (!row) continue;
    row.classList.remove("fresh");
    void row.offsetWidth; // restart the highlight
    row.classList.add("fresh");
  }
  const count = state.messages.size;
  $("count").textContent = count >= FIRST_LOAD_LIMIT ? `(the newest ${count})` : count ? `(${count})` : "";
  $("empty").hidden = count > 0;
  $("empty").textContent =
    state.filters.recipient || state.filters.text
      ? "No message matches the filters."
      : "No messages yet. Send one through a client: it appears here at once.";
  if (state.detailsId !== null && changed.includes(state.detailsId)) renderDetails();
}

/** Forget the oldest messages beyond FIRST_LOAD_LIMIT (a load test can send thousands); their ids. */
function trim() {
  const excess = state.messages.size - FIRST_LOAD_LIMIT;
  if (excess <= 0) return [];
  const oldest = [...state.order.entries()].sort((a, b) => a[1] - b[1]).slice(0, excess).map(([id]) => id);
  for (const id of oldest) {
    state.messages.delete(id);
    state.order.delete(id);
    state.rows.get(id)?.remove();
    state.rows.delete(id);
  }
  return oldest;
}

function clearMessages() {
  state.version = null;
  state.polls = 0;
  state.generation += 1;
  state.messages.clear();
  state.order.clear();
  state.rows.clear();
  $("message-rows").replaceChildren();
}

function absorb(messages, initial) {
  const changed = [];
  const fresh = [];
  // the answer lists newest first: number them oldest first so later ones sort above
  for (const message of [...messages].reverse()) {
    if (!state.order.has(message.id)) {
      state.order.set(message.id, ++state.sequence);
      if (!initial) fresh.push(message.id);
    }
    const known = state.messages.get(message.id);
    if (known && known.version === message.version) continue;
    state.messages.set(message.id, message);
    changed.push(message.id);
  }
  return { changed, fresh };
}

function outboxQuery() {
  const query = new URLSearchParams();
  if (state.filters.recipient) query.set("recipient", state.filters.recipient);
  if (state.filters.text) query.set("text", state.filters.text);
  return query;
}

/**
 * Whether the mock was reset (by a test, another page) since the last poll. A reset starts the
 * versions again from 0, so asking for what changed since our version can miss everything sent
 * after it; the newest message tells instead: empty where we have messages, one we never saw with
 * a version we have already passed, or one we know but older or created at another moment.
 */
async function wasReset() {
  const query = outboxQuery();
  query.set("limit", "1");
  const data = await api("GET", `/outbox?${query}`);
  if (data.version < state.version) return true;
  const [newest] = data.messages;
  if (!newest) return state.messages.size > 0;
  const known = state.messages.get(newest.id);
  if (!known) return newest.version <= state.version;
  return newest.version < known.version || newest.created_at !== known.created_at;
}

async function pollOutbox() {
  const generation = state.generation;
  let initial = state.version === null;
  if (!initial) {
    const reset = await wasReset();
    if (generation !== state.generation) return; // the filters changed or the page reset meanwhile
    if (reset) {
      clearMessages();
      announce("The mock was reset.");
      initial = true;
    }
  }
  const current = state.generation;
  // Resync: every RESYNC_EVERY polls, read the whole list again, should a reset have slipped
  // between the check above and the request below.
  const resync = !initial && ++state.polls % RESYNC_EVERY === 0;
  const query = outboxQuery();
  if (initial || resync) query.set("limit", String(FIRST_LOAD_LIMIT));
  else query.set("since", String(state.version));
  const data = await api("GET", `/outbox?${query}`);
  if (current !== state.generation) return; // the filters changed meanwhile: that answer is stale
  const gone = [];
  if (resync && data.messages.length < FIRST_LOAD_LIMIT) {
    const present = new Set(data.messages.map((message) => message.id));
    for (const id of state.messages.keys()) if (!present.has(id)) gone.push(id);
  }
  for (const id of gone) {
    state.messages.delete(id);
    state.order.delete(id);
    state.rows.get(id)?.remove();
    state.rows.delete(id);
  }
  const { changed, fresh } = absorb(data.messages, initial);
  state.version = data.version;
  gone.push(...trim());
  if (changed.length || gone.length || initial) renderMessages(changed, fresh);
  if (fresh.length) announce(fresh.length === 1 ? "1 new message" : `${fresh.length} new messages`);
}

// -- callbacks ----------------------------------------------------------------------------------

function callbackOutcome(callback) {
  if (callback.refused) return el("span", { class: "badge refused", text: "refused: not loopback" });
  if (callback.error) return el("span", { class: "badge failed", text: `error: ${callback.error}` });
  if (callback.status === null || callback.status === undefined) return el("span", { class: "badge scheduled", text: "pending" });
  const ok = callback.status >= 200 && callback.status < 300;
  return el("span", { class: `badge ${ok ? "sent" : "failed"}`, text: `HTTP ${callback.status}` });
}

async function pollCallbacks() {
  const data = await api("GET", "/callbacks");
  const callbacks = data.callbacks || [];
  const key = JSON.stringify(callbacks);
  if (key === state.callbacksSeen) return;
  state.callbacksSeen = key;
  const newest = callbacks
    .map((callback, index) => ({ callback, index }))
    .sort((a, b) => (b.callback.at || "").localeCompare(a.callback.at || "") || b.index - a.index)
    .slice(0, MAX_CALLBACKS_SHOWN);
  const list = $("callbacks");
  // keep which payloads are open across updates
  const open = new Set([...list.querySelectorAll("details[open]")].map((d) => d.dataset.index));
  list.replaceChildren(
    ...newest.map(({ callback, index }) =>
      el(
        "li",
        { "data-index": index },
        el(
          "div",
          { class: "callback-line" },
          timeNode(callback.at),
          el("strong", { text: callback.event || "callback" }),
          callbackOutcome(callback),
          el("span", { class: "url mono", text: callback.url }),
        ),
        el("details", { "data-index": index, open: open.has(String(index)) }, el("summary", { text: "Payload" }), el("pre", { text: pretty(callback.payload) })),
      ),
    ),
  );
  $("callback-count").textContent = callbacks.length ? `(${callbacks.length})` : "";
  $("callbacks-empty").hidden = callbacks.length > 0;
}

// -- polling ------------------------------------------------------------------------------------

function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(tick, delay);
}

async function tick() {
  if (state.busy) return;
  state.busy = true;
  try {
    await Promise.all([pollOutbox(), pollCallbacks()]);
    state.failures = 0;
    if (state.up !== true) setLive(true);
    $("updated").textContent = `· updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    state.failures += 1;
    setLive(false, error);
  } finally {
    state.busy = false;
  }
  const delay = state.failures
    ? Math.min(MAX_ERROR_DELAY_MS, 1000 * 2 ** state.failures)
    : state.again
      ? 0
      : document.hidden
        ? HIDDEN_POLL_MS
        : POLL_MS;
  state.again = false;
  schedule(delay);
}

function pollSoon() {
  if (state.busy) {
    state.again = true;
    return;
  }
  clearTimeout(state.timer);
  tick();
}

function setLive(up, error) {
  state.up = up;
  const live = $("live");
  live.classList.toggle("down", !up);
  live.textContent = up ? "live" : `cannot reach the mock (${error && error.message ? error.message : "no answer"}): retrying`;
}

// -- details dialog -----------------------------------------------------------------------------

function field(list, term, value) {
  list.append(el("dt", { text: term }), el("dd", {}, value));
}

function exchange(title, lines, body) {
  return el(
    "div",
    {},
    el("h3", { text: title }),
    el("pre", { class: "mono", text: lines.join("\n") }),
    el("pre", { class: "mono", "aria-label": `${title} body`, text: pretty(body) }),
  );
}

function renderDetails() {
  const message = state.messages.get(state.detailsId);
  if (!message) return;
  $("details-title").textContent = `Message ${message.id}`;
  const list = el("dl", { class: "fields" });
  field(list, "State", badge(message.status));
  field(list, "Provider", message.provider);
  field(list, "Recipient", el("span", { class: "mono", text: message.recipient }));
  field(list, "Sender", message.sender || none("default"));
  field(list, "Text", el("span", { class: "text", text: message.text }));
  field(list, "Encoding", encodingText(message));
  field(list, "Send key", message.key ? el("span", { class: "mono", text: message.key }) : none());
  field(list, "Scheduled", timeNode(message.scheduled_at));
  field(list, "Received", timeNode(message.created_at));
  field(list, "Updated", timeNode(message.updated_at));
  const request = message.request || {};
  const query = request.query && typeof request.query === "object" ? new URLSearchParams(request.query).toString() : request.query || "";
  const headers = Object.entries(request.headers || {}).map(([name, value]) => `${name}: ${value}`);
  const answer = message.answer || {};
  $("details-body").replaceChildren(
    list,
    el(
      "div",
      { class: "exchange" },
      exchange("Request", [`${request.method || "?"} ${request.path || ""}${query ? `?${query}` : ""}`, ...headers], request.body),
      exchange("Answer", [`HTTP ${answer.status ?? "?"}`], answer.body),
    ),
  );
  const actionable = ACTIONABLE.has(message.status);
  for (const id of ["details-deliver", "details-fail"]) {
    const button = $(id);
    if (!actionable && document.activeElement === button) $("details").querySelector("button[data-close]:not(.close)").focus();
    button.disabled = !actionable;
  }
}

function openDetails(id, opener) {
  state.detailsId = id;
  state.opener = opener || document.activeElement;
  $("details-result").textContent = "";
  renderDetails();
  openDialog($("details"));
}

function openDialog(dialog) {
  if (!dialog.open) dialog.showModal(); // modal: Escape closes it, focus stays inside
}

// -- actions ------------------------------------------------------------------------------------

async function deliver(id, status, result) {
  try {
    const message = await api("POST", `/outbox/${encodeURIComponent(id)}/deliver`, { status });
    state.messages.set(message.id, message);
    if (!state.order.has(message.id)) state.order.set(message.id, ++state.sequence);
    renderMessages([message.id], []);
    const text = `Message to ${message.recipient} is now ${message.status}.`;
    if (result) result.textContent = text;
    announce(text);
    setNotice("");
  } catch (error) {
    const text = `Could not mark it ${status}: ${error.message}`;
    if (result) {
      result.textContent = text;
      result.classList.add("error");
    } else setNotice(text);
  }
}

function setupActions() {
  $("message-rows").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button || button.disabled) return;
    const id = button.closest("tr").dataset.id;
    if (button.dataset.action === "details") openDetails(id, button);
    else deliver(id, button.dataset.action, null);
  });
  for (const [id, status] of [
    ["details-deliver", "delivered"],
    ["details-fail", "failed"],
  ]) {
    $(id).addEventListener("click", () => {
      $("details-result").classList.remove("error");
      deliver(state.detailsId, status, $("details-result"));
    });
  }
  for (const dialog of document.querySelectorAll("dialog")) {
    for (const button of dialog.querySelectorAll("[data-close]")) button.addEventListener("click", () => dialog.close());
    // a click on the backdrop (outside the dialog's box) closes it too
    dialog.addEventListener("click", (event) => {
      if (event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close();
    });
  }
  $("details").addEventListener("close", () => {
    state.detailsId = null;
    const opener = state.opener;
    state.opener = null;
    if (opener && opener.isConnected) opener.focus(); // back where the keyboard was
  });

  $("open-inbound").addEventListener("click", () => {
    $("inbound-result").textContent = "";
    openDialog($("inbound"));
    $("inbound-sender").focus();
  });
  $("inbound").addEventListener("close", () => $("open-inbound").focus());
  $("inbound-form").addEventListener("submit", async (event) => {
    event.preventDefault(); // stay open: several can be sent in a row
    const form = event.target;
    const result = $("inbound-result");
    result.classList.remove("error");
    const data = Object.fromEntries(new FormData(form).entries());
    try {
      const inbound = { sender: data.sender, text: data.text };
      if (data.recipient.trim()) inbound.recipient = data.recipient.trim(); // else the account's first number
      const answer = await api("POST", "/inbound", inbound);
      result.textContent = `Received: inbound SMS ${answer.id} from ${data.sender}.`;
      $("inbound-text").value = "";
      $("inbound-text").focus();
      pollSoon();
    } catch (error) {
      result.textContent = `Not received: ${error.message}`;
      result.classList.add("error");
    }
  });

  $("open-reset").addEventListener("click", () => {
    openDialog($("reset"));
    $("reset").querySelector("button[data-close]").focus(); // the safe choice first
  });
  $("reset").addEventListener("close", () => {
    if ($("reset").returnValue !== "reset") $("open-reset").focus();
    $("reset").returnValue = "";
  });
  $("reset-confirm").addEventListener("click", async () => {
    try {
      await api("POST", "/reset");
    } catch (error) {
      setNotice(`Reset failed: ${error.message}`);
      $("reset").close();
      return;
    }
    $("reset").close("reset");
    if ($("details").open) $("details").close();
    clearMessages();
    state.callbacksSeen = "";
    setNotice("");
    announce("The mock was reset.");
    $("messages-heading").focus();
    pollSoon();
  });
}

// -- filters ------------------------------------------------------------------------------------

function setupFilters() {
  const fromFragment = () => {
    const params = new URLSearchParams(location.hash.slice(1));
    $("filter-recipient").value = params.get("recipient") || "";
    $("filter-text").value = params.get("text") || "";
  };
  fromFragment();
  readFilters();
  window.addEventListener("hashchange", () => {
    fromFragment();
    applyFilters();
  });
  let timer = null;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(applyFilters, FILTER_DELAY_MS);
  };
  $("filter-recipient").addEventListener("input", changed);
  $("filter-text").addEventListener("input", changed);
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    applyFilters();
  });
  $("clear-filters").addEventListener("click", () => {
    $("filter-recipient").value = "";
    $("filter-text").value = "";
    clearTimeout(timer);
    applyFilters();
  });
}

function readFilters() {
  state.filters = { recipient: $("filter-recipient").value.trim(), text: $("filter-text").value.trim() };
}

function applyFilters() {
  const before = JSON.stringify(state.filters);
  readFilters();
  if (JSON.stringify(state.filters) === before) return;
  const params = new URLSearchParams();
  if (state.filters.recipient) params.set("recipient", state.filters.recipient);
  if (state.filters.text) params.set("text", state.filters.text);
  // in the fragment, which stays in the browser: a filtered view can be bookmarked
  const fragment = params.toString();
  history.replaceState(null, "", fragment ? `#${fragment}` : location.pathname + location.search);
  clearMessages();
  pollSoon();
}

// -- start --------------------------------------------------------------------------------------

async function describe() {
  try {
    const info = await api("GET", "/");
    $("provider").textContent = info.provider;
    $("api-base").textContent = location.origin + (info.api_base_path || "");
    document.title = `Outbox · ${info.provider} mock`;
  } catch (error) {
    $("api-base").textContent = "unknown";
  }
}

function start() {
  setupFilters();
  setupActions();
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) pollSoon();
  });
  describe();
  tick();
}

start();
