// Copy buttons (button[data-copy]: the text to copy): the picture page's credit line, the publish page's summary. No inline script anywhere (the CSP forbids it).
(function () {
  "use strict";
  function copied(button, label) {
    var was = button.textContent;
    button.textContent = label;
    window.setTimeout(function () { button.textContent = was; }, 1500);
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (!button) { return; }
    var text = button.getAttribute("data-copy") || "";
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { copied(button, "Copied"); },
        function () { copied(button, fallback(text) ? "Copied" : "Select and copy"); });
    } else {
      copied(button, fallback(text) ? "Copied" : "Select and copy");
    }
  });
})();
