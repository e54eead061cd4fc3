namespace Covage.Provider.Console;

/// <summary>
/// Console script, part 1: state, DOM helpers and the HTTP helper. The rules the buttons follow are the
/// provider's: the detail view asks <c>/_simulator/orders/{uuid}/moves/</c> which moves and events are allowed.
/// </summary>
internal static class ConsoleScriptCore
{
    public const string Js = """
        const $ = (id) => document.getElementById(id);
        const CONSOLE_MARK = (document.querySelector('meta[name="covage-console-mark"]') || {}).content || "";
        const store = window.sessionStorage;
        const S = { key: store.getItem("covage.key") || "", token: store.getItem("covage.token"), refresh: store.getItem("covage.refresh"),
          user: JSON.parse(store.getItem("covage.user") || "null"), password: null, fixtures: null, orders: [], refs: {},
          selected: null, order: null, cursor: null, polling: false };
        const STATUSES = ["draft", "submitted", "acknowledged", "running", "pending", "held", "rejected", "cancelled", "completed"];
        const FAMILY_NAMES = { A: "ADSL", S: "SDSL", M: "SDSL Max", N: "ENNI", F: "Fiber Pro", E: "Fiber Enterprise" };

        function familyOf(o) { return o.product && o.product.line && o.product.line.family ? o.product.line.family.code : ""; }
        function statusOfEvent(type) { const s = type.replace(/^(order|service)-/, ""); return STATUSES.includes(s) ? s : null; }
        function el(tag, attrs, ...children) {
          const node = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs || {})) {
            if (v === null || v === undefined || v === false) continue;
            if (k === "class") node.className = v; else if (k === "text") node.textContent = v;
            else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v === true ? "" : v);
          }
          for (const c of children) if (c !== null && c !== undefined) node.append(c);
          return node;
        }
        function badge(status) { const b = el("span", { class: "badge", text: status, "data-status": status }); b.style.setProperty("--c", `var(--${status})`); return b; }
        function setBadge(node, status) { node.textContent = status; node.dataset.status = status; node.style.setProperty("--c", `var(--${status})`); }
        function fmtDate(iso) {
          if (!iso) return "";
          const d = new Date(iso);
          return d.toLocaleString("en-GB", { timeZone: "UTC", day: "2-digit", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" }) + " UTC";
        }
        function fmtTime(iso) { return iso ? new Date(iso).toLocaleTimeString("en-GB", { timeZone: "UTC" }) : ""; }
        function highlight(value) {
          const text = JSON.stringify(value, null, 2).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
          return text.replace(/("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
            (m, str, colon, lit, num) => str ? (colon ? `<span class="k">${str}</span>${colon}` : `<span class="s">${str}</span>`)
              : lit ? `<span class="l">${lit}</span>` : `<span class="n">${num}</span>`);
        }
        let toastTimer = null;
        function toast(message, bad, details) {
          const t = $("toast");
          t.replaceChildren(el("div", { text: message }));
          if (details && details.length) t.append(el("ul", null, ...details.map((d) => el("li", { text: `${d.field}: ${(d.errors || []).join("; ")}` }))));
          t.className = bad ? "toast bad" : "toast"; t.hidden = false;
          clearTimeout(toastTimer); toastTimer = setTimeout(() => { t.hidden = true; }, bad ? 9000 : 3500);
        }
        class ApiError extends Error {
          constructor(status, body) { super(body && body.error ? body.error : `HTTP ${status}`); this.status = status; this.body = body; }
        }
        function fail(e) { toast(e.message, true, e.body && e.body.details); }
        async function api(method, path, body, opts) {
          opts = opts || {};
          // The console marks its own calls with the sandbox's secret mark (given in this page only), so
          // the traffic view and certify-client can tell them from a client's.
          const headers = { Accept: "application/json", "X-Covage-Console": CONSOLE_MARK };
          if (body !== undefined) headers["Content-Type"] = "application/json";
          if (opts.control) headers["X-Simulator-Key"] = S.key;
          else if (S.token && !opts.anonymous) headers.Authorization = "Bearer " + S.token;
          const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
          if (res.status === 401 && !opts.control && !opts.anonymous && !opts.retried && await renew()) return api(method, path, body, { ...opts, retried: true });
          const text = await res.text();
          let data = null;
          try { data = text ? JSON.parse(text) : null; } catch { data = null; }
          if (!res.ok) throw new ApiError(res.status, data);
          return { data, headers: res.headers };
        }
        const control = (method, path, body) => api(method, "/_simulator/" + path, body === undefined && method === "POST" ? {} : body, { control: true });

        """;
}
