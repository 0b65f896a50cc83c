// Publish: on the search grid, a "Publish selection" button opens /publish with the pictures selected with x
// (window.photodesk.selected, from desk.js), and Edit selection; on the publish page, the style chooser (the
// summary line's Copy button is asset.js's, as on the picture page).
(function () {
  "use strict";
  function gridButton() {
    var grid = document.querySelector("section.grid[aria-label='Pictures']");
    if (!grid || !window.photodesk) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.id = "publish-selection";
    button.className = "publish-selection";
    function update() {
      var n = window.photodesk.selected().length;
      button.textContent = n ? "Publish selection (" + n + ")" : "Publish selection";
      button.disabled = n === 0;
      button.title = n ? "" : "Select pictures with x first";
    }
    button.addEventListener("click", function () {
      var ids = window.photodesk.selected();
      if (ids.length) { window.location.href = "/publish?ids=" + encodeURIComponent(ids.join(",")); }
    });
    document.addEventListener("photodesk:selection", update);
    update();
    var query = document.querySelector("section.query");
    if (query) { query.appendChild(button); } else { grid.parentNode.insertBefore(button, grid); }
  }
  // "Edit selection": the selection's edit form (POST /edit with every id and this session's CSRF token).
  function editButton() {
    var grid = document.querySelector("section.grid[aria-label='Pictures']");
    var meta = document.querySelector("meta[name='csrf-token']");
    if (!grid || !window.photodesk || !meta) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.id = "edit-selection";
    button.className = "secondary";
    function update() {
      var n = window.photodesk.selected().length;
      button.textContent = n ? "Edit selection (" + n + ")" : "Edit selection";
      button.disabled = n === 0;
    }
    button.addEventListener("click", function () {
      var ids = window.photodesk.selected();
      if (!ids.length) { return; }
      var form = document.createElement("form");
      form.method = "post";
      form.action = "/edit";
      function field(name, value) {
        var input = document.createElement("input");
        input.type = "hidden"; input.name = name; input.value = value;
        form.appendChild(input);
      }
      field("csrf", meta.getAttribute("content"));
      ids.forEach(function (id) { field("ids", id); });
      document.body.appendChild(form);
      form.submit();
    });
    document.addEventListener("photodesk:selection", update);
    update();
    var query = document.querySelector("section.query");
    if (query) { query.appendChild(button); }
  }
  function styleChooser() {
    var chooser = document.getElementById("style");
    if (chooser && chooser.form) { chooser.addEventListener("change", function () { chooser.form.submit(); }); }
  }
  gridButton();
  editButton();
  styleChooser();
})();
