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

// Uploads (a release's files, the store's logo): the chosen file goes as the raw body of a PUT
// (to the form's data-url, or the release's artifact address), with a progress bar, then the
// page reloads to show it. Delegated, so forms htmx swaps in work too.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("upload")) return;
    event.preventDefault();
    var file = form.querySelector("input[type=file]").files[0];
    var url = form.dataset.url;
    if (!url) {
      var platform = form.querySelector("input[name=platform]").value.trim();
      if (!file || !platform) return;
      url = "/admin/releases/" + encodeURIComponent(form.dataset.release) + "/artifacts/" +
        encodeURIComponent(platform) + "?filename=" + encodeURIComponent(file.name);
    }
    if (!file) return;
    var bar = form.querySelector("progress");
    var status = form.querySelector("output");
    var button = form.querySelector("button[type=submit]");
    var xhr = new XMLHttpRequest();
    xhr.open("PUT", url);
    xhr.setRequestHeader("X-CSRF-Token", form.dataset.csrf);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      bar.hidden = false;
      bar.value = Math.round((e.loaded / e.total) * 100);
      status.textContent = bar.value + " %";
    });
    xhr.addEventListener("load", function () {
      button.disabled = false;
      if (xhr.status >= 200 && xhr.status < 300) {
        window.location.reload();
        return;
      }
      var detail = "";
      try { detail = JSON.parse(xhr.responseText).detail || ""; } catch (ignored) { detail = ""; }
      status.textContent = form.dataset.failed + (detail ? " " + detail : "");
    });
    xhr.addEventListener("error", function () {
      button.disabled = false;
      status.textContent = form.dataset.failed;
    });
    button.disabled = true;
    xhr.send(file);
  });
})();

// The bell: new notifications arrive over Server-Sent Events and update the unread count (and
// the list, on the notifications page) without a reload. EventSource reconnects by itself and
// sends Last-Event-ID, so nothing is missed across reconnects.
(function () {
  "use strict";
  var source = null;
  function connect() {
    var bell = document.getElementById("bell");
    if (!bell || source || !window.EventSource) return;
    source = new EventSource("/notifications/stream");
    source.addEventListener("notification", function (event) {
      var n;
      try { n = JSON.parse(event.data); } catch (e) { return; }
      var current = document.getElementById("bell");
      if (current) {
        var count = current.querySelector(".count");
        if (count) { count.textContent = String(n.unread); count.hidden = n.unread === 0; }
        current.dataset.unread = String(n.unread);
        var label = current.getAttribute("aria-label") || "";
        current.setAttribute("aria-label", label.replace(/\d+$/, String(n.unread)));
      }
      var list = document.getElementById("notification-list");
      if (list) {
        var item = document.createElement("li");
        item.className = "unread";
        var title = document.createElement("p");
        var strong = document.createElement("strong");
        strong.textContent = n.title;
        title.appendChild(strong);
        var body = document.createElement("p");
        body.textContent = n.body;
        item.appendChild(title);
        item.appendChild(body);
        list.insertBefore(item, list.firstChild);
        var none = document.getElementById("notifications-none");
        if (none) none.hidden = true;
      }
    });
  }
  document.addEventListener("DOMContentLoaded", connect);
  document.addEventListener("htmx:afterSettle", connect);
})();

// Safe clicks: a form with data-confirm asks before it is sent, stating the consequence; a form
// with data-once (a purchase, a payment) cannot be sent again by a second click while its answer
// is on the way (the server's idempotency key makes a second one harmless anyway).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.dataset) return;
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      return;
    }
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    if (form.hasAttribute("data-once")) {
      form.dataset.sent = "1";
      // A page restored from the back/forward cache may send again.
      window.addEventListener("pageshow", function () { delete form.dataset.sent; }, { once: true });
    }
  }, true);
})();

// The shell on a phone: the menu button opens and closes the navigation; tables become cards
// whose cells are labelled with their column's heading; a toast (the outcome of an action) gets a
// close button. All of it is redone after htmx swaps the page (the language selector).
(function () {
  "use strict";
  function labelTables(root) {
    var tables = root.querySelectorAll("table");
    for (var t = 0; t < tables.length; t++) {
      var heads = tables[t].querySelectorAll("thead th");
      if (!heads.length) continue;
      var rows = tables[t].querySelectorAll("tbody tr");
      for (var r = 0; r < rows.length; r++) {
        var cells = rows[r].children;
        for (var c = 0; c < cells.length && c < heads.length; c++) {
          var label = heads[c].textContent.trim();
          if (label && !cells[c].hasAttribute("data-label")) cells[c].setAttribute("data-label", label);
        }
      }
    }
  }
  function closeable(root) {
    var toasts = root.querySelectorAll(".notice.toast");
    for (var i = 0; i < toasts.length; i++) {
      if (toasts[i].querySelector(".toast-close")) continue;
      var close = document.createElement("button");
      close.type = "button";
      close.className = "toast-close";
      close.setAttribute("aria-label", toasts[i].dataset.close || "×");
      close.textContent = "×";
      toasts[i].appendChild(close);
    }
  }
  // A refused form: its error moves beside the field it names, which is marked invalid and
  // described by it (screen readers read the reason with the field), and gets the focus.
  function besideField(root) {
    var error = root.querySelector(".notice.error[data-field]");
    if (!error || error.dataset.placed) return;
    // The API's names may carry a unit the form leaves out (amount_minor is the form's amount).
    var names = [error.dataset.field, error.dataset.field.replace(/_minor$/, "")];
    var field = null;
    for (var n = 0; n < names.length && !field; n++) {
      var found = [];
      var fields = document.querySelectorAll("main [name]");
      for (var i = 0; i < fields.length; i++) {
        if (fields[i].name === names[n] && fields[i].type !== "hidden") found.push(fields[i]);
      }
      // Several forms on the page with that field: which one was sent is unknown, so the
      // error stays above them all.
      if (found.length === 1) field = found[0];
    }
    if (!field) return;
    error.dataset.placed = "1";
    error.classList.add("field-error");
    field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-describedby", error.id);
    var details = field.closest("details");
    if (details) details.open = true;
    field.insertAdjacentElement("afterend", error);
    field.focus();
  }
  function prepare() {
    labelTables(document);
    closeable(document);
    besideField(document);
  }
  document.addEventListener("DOMContentLoaded", prepare);
  document.addEventListener("htmx:afterSettle", prepare);
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : null;
    if (!target) return;
    var menu = target.closest(".menu-button");
    if (menu) {
      var nav = document.getElementById(menu.getAttribute("aria-controls"));
      if (!nav) return;
      var open = !nav.classList.contains("open");
      nav.classList.toggle("open", open);
      menu.setAttribute("aria-expanded", open ? "true" : "false");
      return;
    }
    var close = target.closest(".toast-close");
    if (close) {
      close.closest(".notice").remove();
      // The button is gone: keyboard users continue from the page's content.
      var main = document.getElementById("main");
      if (main) { main.setAttribute("tabindex", "-1"); main.focus(); }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var nav = document.querySelector("#site-nav.open");
    if (!nav) return;
    nav.classList.remove("open");
    var menu = document.querySelector(".menu-button");
    if (menu) { menu.setAttribute("aria-expanded", "false"); menu.focus(); }
  });
})();

// Sign-up takes the browser's time zone as the account's first one (the account page changes
// it). Set when the form is sent (capture phase, before htmx reads the form), so it also works
// on a page swapped in by htmx.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var field = form.querySelector ? form.querySelector("[data-browser-time-zone]") : null;
    if (!field || field.value) return;
    try {
      field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
      // No Intl: the account stays on UTC.
    }
  }, true);
})();
