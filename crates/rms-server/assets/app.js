// Keeps <html lang dir> and the document title in step with the #page fragment htmx swaps in
// when the language changes (the page itself is never reloaded). No inline script anywhere: the
// CSP forbids it.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  function sync() {
    var page = document.getElementById("page");
    if (!page) return;
    var root = document.documentElement;
    if (page.dataset.lang) root.lang = page.dataset.lang;
    if (page.dataset.dir) root.dir = page.dataset.dir;
    if (page.dataset.title) document.title = page.dataset.title;
  }
  document.addEventListener("htmx:afterSettle", function () {
    sync();
    // The swap replaced the focused selector; give focus back so keyboard users stay in place.
    if (document.activeElement === document.body) {
      var select = document.getElementById("lang-select");
      if (select) select.focus();
    }
  });
})();

// Copy buttons: data-copy names the element whose text goes to the clipboard.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy]") : null;
    if (!button || !navigator.clipboard) return;
    var source = document.getElementById(button.dataset.copy);
    if (!source) return;
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      var label = button.textContent;
      button.textContent = button.dataset.copied || label;
      setTimeout(function () { button.textContent = label; }, 1500);
    });
  });
})();
