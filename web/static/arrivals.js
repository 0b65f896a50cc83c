// The arrivals screen: pictures a watch ingests appear at the top as they land. Server-sent events
// (/arrivals/events) where the browser has them; where it has not, or the stream cannot be had, /api/arrivals is
// asked every 2 s instead. Up and Down move between arrivals, Enter opens one's picture. Every value is set as
// text, never as markup; no inline script anywhere (the Content-Security-Policy forbids it).
// The rows built here are the markup of templates/_arrival.html: change both together.
(function () {
  "use strict";
  var KEEP = 300; // rows kept on the page: a long day must not slow the screen down
  var POLL_MS = 2000;
  var LIMIT = 500;
  var list, live, last = 0, fresh = 0, source = null;
  var seen = {}; // arrival ids on the page: an id can come twice (a reconnect) or late (two watches, one catalog)
  var asked = []; // the last ids of the latest polls: each asks after the oldest, so a late one is still found

  function node(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function auto(tag, cls, text) { var e = node(tag, cls, text); e.setAttribute("dir", "auto"); return e; }
  function link(href, cls, text) { var a = node("a", cls, text); a.setAttribute("href", href); return a; }
  function put(parent, parts) {
    parts.forEach(function (p) { parent.appendChild(typeof p === "string" ? document.createTextNode(p) : p); });
    return parent;
  }
  function flag(cls, parts) { return put(node("li", "flag " + cls), parts); }

  function row(a) {
    var li = node("li", "arrival status-" + a.status);
    li.setAttribute("data-arrival-id", a.id);
    if (a.url) { li.setAttribute("data-url", a.url); }
    li.tabIndex = 0;
    if (a.thumbnail) {
      var thumb = link(a.url, "thumb");
      thumb.tabIndex = -1;
      thumb.setAttribute("aria-hidden", "true");
      var img = node("img");
      img.src = a.thumbnail;
      img.alt = "";
      img.width = 96;
      img.height = 72;
      thumb.appendChild(img);
      li.appendChild(thumb);
    } else {
      var none = node("span", "thumb none");
      none.setAttribute("aria-hidden", "true");
      li.appendChild(none);
    }
    var about = node("div", "about"), head = node("p", "head");
    var name = a.url ? link(a.url, "name", a.name) : node("span", "name", a.name);
    if (a.url) { name.tabIndex = -1; }
    name.setAttribute("dir", "auto");
    name.title = a.path;
    var time = node("time", null, a.arrived_at.slice(11, 19) + " UTC");
    time.setAttribute("datetime", a.arrived_at);
    put(head, [name, " ", node("span", "status", a.status), " ", time]);
    if (a.seconds !== null && a.seconds !== undefined) {
      var took = node("span", "took", a.seconds.toFixed(1) + " s");
      took.title = "from the file's first sight to its row";
      put(head, [" ", took]);
    }
    about.appendChild(head);
    if (a.credit_line) { about.appendChild(auto("p", "credit", a.credit_line)); }
    if (a.caption) { about.appendChild(auto("p", "caption", a.caption)); }
    var flags = node("ul", "flags");
    (a.corrections || []).forEach(function (c) {
      flags.appendChild(flag("corrected", ["corrected ", auto("bdi", null, c.from), " → ", auto("bdi", null, c.to)]));
    });
    (a.reviews || []).forEach(function (n) {
      flags.appendChild(flag("review", [put(link("/review"), [auto("bdi", null, n), " queued for review"])]));
    });
    if (a.duplicate_of !== null && a.duplicate_of !== undefined) {
      flags.appendChild(flag("copy", [link(a.duplicate_url, null, "copy of " + a.duplicate_of)]));
    }
    if (a.again) { flags.appendChild(flag("again", ["caption from a later sidecar"])); }
    if (a.reason) { flags.appendChild(flag("failed", [a.status + ": ", auto("bdi", null, a.reason)])); }
    (a.warnings || []).forEach(function (w) { flags.appendChild(flag("warning", ["warning: ", auto("bdi", null, w)])); });
    if (a.moved_to) { flags.appendChild(flag("moved", ["moved to ", auto("bdi", null, a.moved_to)])); }
    about.appendChild(flags);
    li.appendChild(about);
    clock(time);
    return li;
  }

  // Times are recorded in UTC; the editor reads them in the browser's own zone (the date too, when not today).
  function clock(time) {
    var when = new Date(time.getAttribute("datetime"));
    if (isNaN(when.getTime())) { return; }
    var today = when.toDateString() === new Date().toDateString();
    var options = { hour: "2-digit", minute: "2-digit", second: "2-digit" };
    time.textContent = (today ? "" : when.toLocaleDateString(undefined, { day: "numeric", month: "short" }) + " ") +
      when.toLocaleTimeString(undefined, options);
    time.title = when.toString();
  }

  function say(state, text) { live.setAttribute("data-state", state); live.textContent = text; }
  function counted(how) { return how + (fresh ? " · " + fresh + " new since this page opened" : ""); }

  function add(a) {
    if (seen[a.id]) { return; }
    seen[a.id] = true;
    last = Math.max(last, a.id);
    fresh++;
    var added = row(a), before = list.firstElementChild;
    added.classList.add("fresh");
    while (before && parseInt(before.getAttribute("data-arrival-id"), 10) > a.id) { before = before.nextElementSibling; }
    list.insertBefore(added, before); // newest first, by id
    while (list.children.length > KEEP) { list.removeChild(list.lastChild); }
    document.getElementById("no-arrivals").hidden = true;
  }

  function listen() {
    list.setAttribute("data-mode", "events");
    source = new EventSource(list.getAttribute("data-events") + "?after=" + last);
    source.addEventListener("open", function () { say("live", counted("Live")); });
    source.addEventListener("arrival", function (e) { add(JSON.parse(e.data)); say("live", counted("Live")); });
    source.addEventListener("status", function (e) {
      var s = JSON.parse(e.data);
      say(s.live ? "live" : "trouble", s.live ? counted("Live") : s.error);
    });
    source.addEventListener("error", function () {
      if (source.readyState === EventSource.CLOSED) { // refused (signed out, a proxy): ask instead
        source = null;
        poll();
      } else {
        say("waiting", "Reconnecting…"); // the browser tries again by itself, from the last arrival it had
      }
    });
  }

  function poll() {
    list.setAttribute("data-mode", "polling");
    asked.push(last);
    if (asked.length > 3) { asked.shift(); }
    fetch(list.getAttribute("data-poll") + "?after=" + asked[0] + "&limit=" + LIMIT, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (found) {
        found.forEach(add);
        say("live", counted("Live (asked every 2 s)"));
        window.setTimeout(poll, found.length === LIMIT ? 0 : POLL_MS); // a full answer: more are waiting
      }, function () {
        say("waiting", "The desk does not answer; asking again");
        window.setTimeout(poll, POLL_MS);
      });
  }

  function rows() { return Array.prototype.slice.call(list.querySelectorAll(".arrival")); }
  function keys(event) {
    var target = event.target;
    if (event.key === "ArrowDown" && target.id === "q") {
      var first = rows()[0];
      if (first) { event.preventDefault(); first.focus(); }
      return;
    }
    if (!target.classList || !target.classList.contains("arrival")) { return; }
    var all = rows(), i = all.indexOf(target), next = null;
    if (event.key === "ArrowDown") { next = all[i + 1]; }
    else if (event.key === "ArrowUp") { next = all[i - 1]; }
    else if (event.key === "Home") { next = all[0]; }
    else if (event.key === "End") { next = all[all.length - 1]; }
    else if (event.key === "Enter" && target.getAttribute("data-url")) {
      event.preventDefault();
      window.location.href = target.getAttribute("data-url");
      return;
    } else { return; }
    event.preventDefault();
    if (next) { next.focus(); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    list = document.getElementById("arrivals");
    live = document.getElementById("live");
    if (!list || !live) { return; }
    last = parseInt(list.getAttribute("data-after"), 10) || 0;
    rows().forEach(function (r) { seen[r.getAttribute("data-arrival-id")] = true; });
    Array.prototype.forEach.call(list.querySelectorAll("time[datetime]"), clock);
    document.addEventListener("keydown", keys);
    if (window.EventSource) { listen(); } else if (window.fetch) { poll(); }
  });
})();
