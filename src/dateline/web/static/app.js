// dateline dashboard: renders the Vega-Lite specs embedded in the page and tidies filter URLs.
// No inline scripts anywhere (the Content-Security-Policy forbids them); data comes as JSON blocks.
(function () {
  "use strict";

  function renderCharts() {
    document.querySelectorAll("script.vl-spec").forEach(function (block) {
      var target = document.getElementById(block.dataset.target);
      if (!target || typeof vegaEmbed === "undefined") { return; }
      var spec = JSON.parse(block.textContent);
      vegaEmbed(target, spec, { actions: false, renderer: "svg", tooltip: { theme: "light" } })
        .then(function (result) {
          target.dataset.rendered = "true";
          target._view = result.view;
        })
        .catch(function (error) {
          target.dataset.error = String(error);
          target.textContent = "The chart could not be drawn: " + error;
        });
    });
  }

  // Leave empty fields out of filter URLs, so links stay short and exports show only real filters.
  function tidyForms() {
    document.querySelectorAll("form.filters").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("input, select").forEach(function (field) {
          if (field.name && field.value === "") { field.disabled = true; }
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    tidyForms();
    renderCharts();
  });
})();
