// Publish: on the search grid, a "Publish selection" button opens /publish with the pictures selected with x
// (window.photodesk.selected, from desk.js), and Edit selection; on the publish page, the style chooser (the
// summary line's Copy button is asset.js's, as on the picture page).
(function () {
  "use strict";
  // A button acting on the grid's selection (window.photodesk.selected, from desk.js): its label counts the
  // selected pictures and it is disabled while there are none; onClick gets the selected ids.
  function selectionButton(id, label, className, hint, onClick) {
    var button = document.createElement("button");
    button.type = "button";
    button.id = id;
    button.className = className;
    function update() {
      var n = window.photodesk.selected().length;
      button.textContent = n ? label + " (" + n + ")" : label;
      button.disabled = n === 0;
      if (hint) { button.title = n ? "" : hint; }
    }
    button.addEventListener("click", function () {
      var ids = window.photodesk.selected();
      if (ids.length) { onClick(ids); }
    });
    document.addEventListener("photodesk:selection", update);
    update();
    return button;
  }
  function gridButton() {
    var grid = document.querySelector("section.grid[aria-label='Pictures']");
    if (!grid || !window.photodesk) { return; }
    var button = selectionButton("publish-selection", "Publish selection", "publish-selection",
      "Select pictures with x first", function (ids) {
        window.location.href = "/publish?ids=" + encodeURIComponent(ids.join(","));
      });
    var query = document.querySelector("section.query");
    if (query) { query.appendChild(button); } else { grid.parentNode.insertBefore(button, grid); }
  }
  // "Edit selection": the selection's edit form (POST /edit with every id and this session's CSRF token).
  function editButton() {
    var grid = document.querySelector("section.grid[aria-label='Pictures']");
    var meta = document.querySelector("meta[name='csrf-token']");
    if (!grid || !window.photodesk || !meta) { return; }
    var button = selectionButton("edit-selection", "Edit selection", "secondary", "", function (ids) {
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
