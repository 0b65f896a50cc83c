// The desk's keyboard: arrows move between pictures, Enter opens one, x selects it, / goes to the search box.
// No inline script anywhere (the Content-Security-Policy forbids it); this file is the package's own.
(function () {
  "use strict";
  function cards() { return Array.prototype.slice.call(document.querySelectorAll(".card[data-asset-id]")); }
  function columns(list) {
    if (list.length < 2) { return 1; }
    var top = list[0].offsetTop, n = 0;
    for (var i = 0; i < list.length && list[i].offsetTop === top; i++) { n++; }
    return Math.max(1, n);
  }
  function selected() {
    return cards().filter(function (c) { return c.classList.contains("selected"); })
      .map(function (c) { return c.getAttribute("data-asset-id"); });
  }
  window.photodesk = { selected: selected };
  // Facets come after the pictures: counting them can cost more than the page itself.
  document.addEventListener("DOMContentLoaded", function () {
    var aside = document.querySelector("aside[data-facets]");
    if (!aside || !window.fetch) { return; }
    fetch(aside.getAttribute("data-facets"), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (html) { if (html) { aside.innerHTML = html; aside.setAttribute("data-loaded", "true"); } });
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "/" && target.tagName !== "INPUT" && target.tagName !== "TEXTAREA") {
      var box = document.getElementById("q");
      if (box) { event.preventDefault(); box.focus(); box.select(); }
      return;
    }
    if (!target.classList || !target.classList.contains("card")) {
      if (event.key === "ArrowDown" && target.id === "q") {
        var first = cards()[0];
        if (first) { event.preventDefault(); first.focus(); }
      }
      return;
    }
    var list = cards(), i = list.indexOf(target), step = 0;
    if (event.key === "ArrowRight") { step = document.dir === "rtl" ? -1 : 1; }
    else if (event.key === "ArrowLeft") { step = document.dir === "rtl" ? 1 : -1; }
    else if (event.key === "ArrowDown") { step = columns(list); }
    else if (event.key === "ArrowUp") { step = -columns(list); }
    else if (event.key === "Enter") {
      event.preventDefault();
      window.location.href = "/assets/" + target.getAttribute("data-asset-id");
      return;
    } else if (event.key === "x") {
      event.preventDefault();
      target.classList.toggle("selected");
      target.setAttribute("aria-selected", target.classList.contains("selected") ? "true" : "false");
      document.dispatchEvent(new CustomEvent("photodesk:selection", { detail: selected() }));
      return;
    } else { return; }
    var next = list[i + step];
    if (next) { event.preventDefault(); next.focus(); }
  });
})();
