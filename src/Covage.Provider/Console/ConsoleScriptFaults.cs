namespace Covage.Provider.Console;

/// <summary>Console script, part 7: the fault form of the traffic view (simulator key only), over <c>/_simulator/faults/</c>.</summary>
internal static class ConsoleScriptFaults
{
    public const string Js = """
        function faultText(f) {
          const what = { throttle: `429, Retry-After ${f.retry_after ?? 1} s`, unavailable: "503", drop: "dropped connection", latency: `latency ${f.latency_ms} ms` }[f.kind];
          const who = f.operator_uuid ? (S.fixtures.operators.find((o) => o.operator_uuid === f.operator_uuid) || {}).name || f.operator_uuid : "every operator";
          const often = f.count ? `next ${f.count}` : f.fraction ? `${f.fraction * 100}% of` : "every";
          return `${what} · ${often} request(s) · ${f.route || "every route"} · ${who} · applied ${f.applied}`;
        }
        async function loadFaults() {
          if (!S.fixtures) { $("fault-form").hidden = true; return; }
          $("fault-form").hidden = false;
          const select = $("fault-operator");
          if (select.options.length === 1) for (const o of S.fixtures.operators) select.append(el("option", { value: o.operator_uuid, text: o.name }));
          const { data } = await control("GET", "faults/");
          $("fault-list").replaceChildren(...data.faults.map((f) => el("li", { "data-kind": f.kind }, el("span", { text: faultText(f) }),
            el("button", { class: "btn ghost small", type: "button", text: "Remove",
              onclick: () => control("DELETE", `faults/${f.id}/`).then(loadFaults).catch(fail) }))));
        }
        $("fault-form").addEventListener("submit", async (ev) => {
          ev.preventDefault();
          const kind = $("fault-kind").value;
          const fault = { kind };
          if ($("fault-operator").value) fault.operator_uuid = $("fault-operator").value;
          if ($("fault-route").value.trim()) fault.route = $("fault-route").value.trim();
          if ($("fault-fraction").value) fault.fraction = Number($("fault-fraction").value);
          else if ($("fault-count").value) fault.count = Number($("fault-count").value);
          if (kind === "throttle" || (kind === "unavailable" && $("fault-retry").value)) fault.retry_after = Number($("fault-retry").value);
          if (kind === "latency") fault.latency_ms = Number($("fault-latency").value);
          try { await control("POST", "faults/", fault); toast("Fault added."); await loadFaults(); } catch (e) { fail(e); }
        });

        """;
}
