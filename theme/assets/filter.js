// Instant filters for the project index. Without JavaScript the page still lists every project.
(function () {
  "use strict";
  var form = document.getElementById("project-filter");
  if (!form) return;
  form.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.project-index tbody tr"));
  var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
  var counter = form.querySelector("[data-filter-count]");
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = controls.every(function (control) {
        var want = control.value.trim();
        if (!want) return true;
        var key = control.getAttribute("data-filter");
        var have = row.getAttribute("data-" + key) || "";
        if (key === "text") return have.toLowerCase().indexOf(want.toLowerCase()) >= 0;
        return have.split(" ").indexOf(want) >= 0;
      });
      row.hidden = !visible;
      if (visible) shown++;
    });
    counter.textContent = counter.getAttribute("data-template").replace("{0}", shown).replace("{1}", rows.length);
  }
  controls.forEach(function (control) {
    control.addEventListener(control.tagName === "INPUT" ? "input" : "change", apply);
  });
  apply();
})();
