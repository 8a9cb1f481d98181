// Interactive charts. Where JavaScript runs, each chart's drawing (made at build time, always in the page) is
// joined by a Plotly chart drawn from the figure published beside the page, when the chart comes into view.
// The drawing stays in the page for screen readers and print; without JavaScript nothing changes.
(function () {
  "use strict";
  var figures = Array.prototype.slice.call(document.querySelectorAll("figure[data-chart-figure]"));
  if (!figures.length || !window.fetch || !window.Promise) return;

  var loading = null;
  function loadPlotly(src) {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        // plotly.js adds a <style> element when it loads unless this marker exists. The site's CSP forbids
        // inline styles; assets/site.css carries the few rules the charts need instead.
        if (!document.getElementById("plotly.js-style-global")) {
          var marker = document.createElement("meta");
          marker.id = "plotly.js-style-global";
          marker.className = "no-inline-styles";
          document.head.appendChild(marker);
        }
        var script = document.createElement("script");
        script.src = src;
        script.async = true;
        script.onload = function () {
          if (window.Plotly) resolve(window.Plotly);
          else reject(new Error("plotly.js did not load"));
        };
        script.onerror = function () { reject(new Error("plotly.js could not be fetched")); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function fetchFigure(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("figure " + response.status);
      return response.json();
    });
  }

  function draw(figure) {
    var box = null;
    Promise.all([loadPlotly(figure.getAttribute("data-chart-bundle")), fetchFigure(figure.getAttribute("data-chart-figure"))])
      .then(function (results) {
        var Plotly = results[0];
        var spec = results[1];
        box = document.createElement("div");
        box.className = "chart-interactive";
        // The drawing, with its text description, remains what assistive technology reads.
        box.setAttribute("aria-hidden", "true");
        figure.insertBefore(box, figure.firstChild);
        figure.classList.add("is-interactive");
        return Plotly.newPlot(box, spec.data, spec.layout, spec.config);
      })
      .catch(function () {
        figure.classList.remove("is-interactive");
        if (box && box.parentNode) box.parentNode.removeChild(box);
      });
  }

  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        draw(entry.target);
      });
    }, { rootMargin: "200px 0px" });
    figures.forEach(function (figure) { observer.observe(figure); });
  } else {
    figures.forEach(draw);
  }
})();
