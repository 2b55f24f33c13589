// Mounts the vendored API reference renderer on #redoc, on first load and after htmx swaps.
(function () {
  "use strict";
  function mount() {
    var el = document.getElementById("redoc");
    if (!el || el.dataset.mounted || !window.Redoc) return;
    el.dataset.mounted = "1";
    window.Redoc.init(el.dataset.specUrl, { nativeScrollbars: true, hideHostname: true }, el);
  }
  document.addEventListener("DOMContentLoaded", mount);
  document.addEventListener("htmx:afterSettle", mount);
})();
