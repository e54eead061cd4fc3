namespace Covage.Provider.Console;

/// <summary>
/// Console script, part 6: the traffic view. It reads <c>/_simulator/traffic/</c> with the operator's
/// token (its own calls) or, with "every operator" ticked, the simulator key; it polls from the last
/// call it saw while the view is open.
/// </summary>
internal static class ConsoleScriptTraffic
{
    public const string Js = """
        const T = { last: 0, rows: 0, selected: null, timer: null };
        function showView(id) {
          for (const tab of document.querySelectorAll(".view-tab")) tab.classList.toggle("active", tab.dataset.view === id);
          $("app-view").hidden = id !== "app-view";
          $("traffic-view").hidden = id !== "traffic-view";
          clearTimeout(T.timer);
          if (id === "traffic-view") { $("t-all-label").hidden = !S.fixtures; resetTraffic(); loadFaults().catch(fail); }
        }
        for (const tab of document.querySelectorAll(".view-tab")) tab.addEventListener("click", () => showView(tab.dataset.view));
        for (const id of ["t-status", "t-all", "t-console"]) $(id).addEventListener("change", resetTraffic);
        $("t-order").addEventListener("change", resetTraffic);
        function resetTraffic() {
          T.last = 0; T.rows = 0; T.selected = null;
          $("traffic-rows").replaceChildren(); $("traffic-body").hidden = true; $("traffic-empty").hidden = false;
          $("t-who-head").hidden = !$("t-all").checked;
          pollTraffic();
        }
        function pretty(text) {
          if (text === null || text === undefined) return "(no body)";
          try { return highlight(JSON.parse(text)); } catch { return text.replace(/&/g, "&amp;").replace(/</g, "&lt;"); }
        }
        function showCall(e, row) {
          for (const r of document.querySelectorAll("#traffic-rows tr.selected")) r.classList.remove("selected");
          row.classList.add("selected"); T.selected = e.seq;
          $("traffic-empty").hidden = true; $("traffic-body").hidden = false;
          const auth = e.auth === "none" ? "no Authorization header" : `Authorization: ${e.auth} (token ${e.token_id}${e.token_valid ? "" : ", not valid"})`;
          $("t-request").innerHTML = `${e.method} ${e.path}${e.query}\n${auth}\n\n` + pretty(e.request_body);
          const answer = e.status === 0 ? `no answer: connection dropped (the sandbox had answered ${e.dropped_status || "nothing"})` : `HTTP ${e.status}`;
          $("t-answer").innerHTML = answer + (e.retry_after ? `\nRetry-After: ${e.retry_after}` : "") + (e.rules.length ? `\nRule cited: ${e.rules.join(", ")}` : "")
            + (e.fault ? `\nInjected fault: ${e.fault}` : "") + "\n\n" + pretty(e.status === 0 ? null : e.response_body);
        }
        function trafficRow(e) {
          const status = el("span", { class: `status s${Math.floor(e.status / 100)}`, text: e.status === 0 ? "dropped" : String(e.status) });
          const row = el("tr", { class: T.last ? "fresh" : "", "data-seq": e.seq, "data-status": e.status, onclick: () => showCall(e, row) },
            el("td", { class: "mono", text: fmtTime(e.at) }),
            el("td", { class: "mono", text: `${e.method} ${e.path}${e.query}` }),
            el("td", null, status, e.fault ? el("span", { class: "fault", text: e.fault }) : null),
            el("td", { class: "rule", text: e.rules.join(", ") }),
            $("t-all").checked ? el("td", { class: "mono", text: e.user_email || "—" }) : null);
          return row;
        }
        async function pollTraffic() {
          clearTimeout(T.timer);
          if ($("traffic-view").hidden || !S.token) return;
          try {
            const q = new URLSearchParams({ after: String(T.last), limit: "500" });
            if ($("t-order").value.trim()) q.set("order", $("t-order").value.trim());
            if ($("t-status").value) q.set("status", $("t-status").value);
            const { data } = $("t-all").checked ? await control("GET", "traffic/?" + q) : await api("GET", "/_simulator/traffic/?" + q);
            const fresh = T.last > 0;
            const rows = $("traffic-rows");
            for (const e of data.entries) {
              if (e.console && !$("t-console").checked) continue;
              const row = trafficRow(e);
              if (!fresh) row.classList.remove("fresh");
              rows.prepend(row); T.rows++;
            }
            T.last = data.last_seq;
            $("traffic-count").textContent = String(T.rows);
            if (data.recording === false) {
              $("traffic-state").className = "live off"; $("traffic-state").textContent = "not recorded";
              $("traffic-state").title = "This sandbox records no call: it was started with serve --no-traffic-log.";
            } else {
              $("traffic-state").className = "live"; $("traffic-state").textContent = "live"; $("traffic-state").title = "";
            }
          } catch (e) {
            $("traffic-state").className = "live off"; $("traffic-state").textContent = "offline";
          }
          T.timer = setTimeout(pollTraffic, 1500);
        }

        """;
}
