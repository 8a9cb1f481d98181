// Site search with Pagefind's JavaScript API, loaded from this site (no CDN). The index holds one
// language per <html lang>, so the Japanese page searches Japanese pages and the English page English
// ones. Without JavaScript the page keeps its message and its link to the list of all projects.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var fallback = document.querySelector("[data-search-fallback]");
  var fallbackText = document.querySelector("[data-search-fallback-text]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var more = document.querySelector("[data-search-more]");
  var input = form.querySelector("input[name=q]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[name]"));
  var pageSize = 20;
  var loading = null;
  var state = { token: 0, results: [], shown: 0 };
  var timer = 0;

  function message(name) {
    return form.getAttribute("data-msg-" + name) || "";
  }

  // Pagefind is loaded on first use: the page itself stays light on a slow connection.
  function load() {
    if (!loading) {
      loading = import(form.getAttribute("data-bundle")).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: form.getAttribute("data-base"), excerptLength: 40 }))
          .then(function () { return pagefind; });
      });
    }
    return loading;
  }

  function filters() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) chosen[select.name] = select.value;
    });
    return chosen;
  }

  function remember(query, chosen) {
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    Object.keys(chosen).forEach(function (name) { params.set(name, chosen[name]); });
    var search = params.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
  }

  function unavailable() {
    form.hidden = true;
    fallback.hidden = false;
    fallbackText.textContent = message("unavailable");
    status.textContent = "";
    list.textContent = "";
    more.hidden = true;
  }

  function run() {
    var query = input.value.trim();
    var chosen = filters();
    var token = ++state.token;
    remember(query, chosen);
    if (!query && Object.keys(chosen).length === 0) {
      list.textContent = "";
      more.hidden = true;
      status.textContent = message("enter");
      return;
    }
    status.textContent = message("searching");
    list.setAttribute("aria-busy", "true");
    load()
      .then(function (pagefind) { return pagefind.search(query || null, { filters: chosen }); })
      .then(function (search) {
        if (token !== state.token || !search) return;
        state.results = search.results;
        state.shown = 0;
        list.textContent = "";
        // The count is announced once the first results are on the page.
        return showMore(token).then(function () {
          if (token !== state.token) return;
          status.textContent = search.results.length
            ? message("count").replace("{0}", String(search.results.length))
            : message("none");
        });
      })
      .catch(unavailable);
  }

  function showMore(token) {
    var batch = state.results.slice(state.shown, state.shown + pageSize);
    state.shown += batch.length;
    list.setAttribute("aria-busy", "true");
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (pages) {
      if (token !== state.token) return;
      pages.forEach(function (page) { list.appendChild(item(page)); });
      more.hidden = state.shown >= state.results.length;
      list.setAttribute("aria-busy", "false");
    });
  }

  function item(page) {
    var li = document.createElement("li");
    li.className = "search-result";
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = page.url;
    link.textContent = (page.meta && page.meta.title) || page.url;
    heading.appendChild(link);
    if (page.meta && page.meta.type) {
      var type = document.createElement("span");
      type.className = "badge search-type";
      type.textContent = page.meta.type;
      heading.appendChild(document.createTextNode(" "));
      heading.appendChild(type);
    }
    li.appendChild(heading);
    var excerpt = document.createElement("p");
    excerpt.className = "search-excerpt";
    appendExcerpt(excerpt, page.excerpt || "");
    li.appendChild(excerpt);
    return li;
  }

  // The excerpt is HTML with <mark> around matches: keep the marks and the text, nothing else.
  function appendExcerpt(target, html) {
    var body = new DOMParser().parseFromString(html, "text/html").body;
    Array.prototype.forEach.call(body.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        target.appendChild(mark);
      } else {
        target.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  selects.forEach(function (select) {
    var wanted = params.get(select.name);
    if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) select.value = wanted;
  });

  form.hidden = false;
  fallback.hidden = true;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  input.addEventListener("focus", function () { load().catch(unavailable); }, { once: true });
  selects.forEach(function (select) { select.addEventListener("change", run); });
  more.addEventListener("click", function () { showMore(state.token).catch(unavailable); });
  if (input.value || Object.keys(filters()).length) run();
})();
