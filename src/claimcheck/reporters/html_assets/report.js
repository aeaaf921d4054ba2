/* claimcheck HTML report: category filters, copy buttons, note <-> highlight links.
   Reads nothing but the page; the URL hash "#hide=efficacy,safety" presets the filter. */
(function () {
  "use strict";
  var hidden = {};

  function readHash() {
    var match = /(?:^#|&)hide=([^&]*)/.exec(location.hash);
    if (!match) return;
    decodeURIComponent(match[1]).split(",").forEach(function (name) {
      if (name) hidden[name] = true;
    });
  }

  function writeHash() {
    var names = Object.keys(hidden).filter(function (name) { return hidden[name]; });
    var hash = names.length ? "#hide=" + names.join(",") : " ";
    try { history.replaceState(null, "", hash === " " ? location.pathname + location.search : hash); }
    catch (error) { /* some browsers refuse replaceState on file: pages; the filter still works */ }
  }

  function apply() {
    document.querySelectorAll("input[data-filter]").forEach(function (box) {
      box.checked = !hidden[box.getAttribute("data-filter")];
    });
    document.querySelectorAll("mark[data-categories]").forEach(function (mark) {
      var shown = mark.getAttribute("data-categories").split(" ").filter(function (name) {
        return !hidden[name];
      });
      mark.setAttribute("data-active", shown.length ? shown[0] : "");
    });
    document.querySelectorAll(".note[data-category], .badge[data-category]").forEach(function (element) {
      element.hidden = !!hidden[element.getAttribute("data-category")];
    });
    document.querySelectorAll(".banner").forEach(function (banner) {
      banner.hidden = !banner.querySelector(".note:not([hidden])");
    });
    document.body.setAttribute("data-hidden", Object.keys(hidden).filter(function (n) { return hidden[n]; }).join(" "));
  }

  function copyText(text, button) {
    function done() {
      button.textContent = "Copied";
      button.classList.add("done");
      setTimeout(function () { button.textContent = "Copy"; button.classList.remove("done"); }, 1500);
    }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); done(); } catch (error) { /* nothing more to try */ }
      document.body.removeChild(area);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function flash(element) {
    if (!element) return;
    element.classList.add("flash");
    setTimeout(function () { element.classList.remove("flash"); }, 1200);
  }

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("input[data-filter]")) return;
    hidden[box.getAttribute("data-filter")] = !box.checked;
    apply();
    writeHash();
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    var button = target.closest("button.copy");
    if (button) { copyText(button.getAttribute("data-copy"), button); return; }
    var mark = target.closest("mark[data-findings]");
    if (mark) {
      var first = mark.getAttribute("data-findings").split(" ")[0];
      var note = document.getElementById("note-" + first);
      if (note) { note.scrollIntoView({ block: "nearest", behavior: "smooth" }); flash(note); }
      return;
    }
    var number = target.closest(".note .num");
    if (number) {
      event.preventDefault();
      var id = number.closest(".note").getAttribute("data-finding");
      var marked = document.querySelector('mark[data-findings~="' + id + '"]');
      if (marked) { marked.scrollIntoView({ block: "center", behavior: "smooth" }); flash(marked); }
    }
  });

  readHash();
  apply();
  document.documentElement.setAttribute("data-ready", "1");
})();
