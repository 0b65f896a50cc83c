// Upload a batch: drop pictures (and a caption sheet or article) on their boxes, or choose them. The form is a
// plain multipart POST; this file only fills its file inputs from a drop and lists what was chosen.
(function () {
  "use strict";
  function list(input, output) {
    var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
    output.textContent = names.length ? names.length + " chosen: " + names.join(", ") : "";
  }
  function wire(boxId, inputId, outputId, single) {
    var box = document.getElementById(boxId), input = document.getElementById(inputId),
      output = document.getElementById(outputId);
    if (!box || !input || !output) { return; }
    input.addEventListener("change", function () { list(input, output); });
    ["dragenter", "dragover"].forEach(function (name) {
      box.addEventListener(name, function (event) {
        event.preventDefault();
        box.classList.add("over");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      box.addEventListener(name, function () { box.classList.remove("over"); });
    });
    box.addEventListener("drop", function (event) {
      event.preventDefault();
      var dropped = event.dataTransfer && event.dataTransfer.files;
      if (!dropped || !dropped.length) { return; }
      var chosen = new DataTransfer();
      for (var i = 0; i < dropped.length && !(single && i > 0); i++) { chosen.items.add(dropped[i]); }
      input.files = chosen.files;
      list(input, output);
    });
  }
  wire("drop-pictures", "pictures", "pictures-chosen", false);
  wire("drop-captions", "captions", "captions-chosen", true);
})();
