namespace Covage.Provider.Console;

/// <summary>Console script, part 4: one order, its events timeline, and the buttons that drive its lifecycle.</summary>
internal static class ConsoleScriptDetail
{
    public const string Js = """
        async function selectOrder(uuid, known) {
          S.selected = uuid;
          S.order = known || (await api("GET", `/api/v2/orders/${uuid}/`)).data;
          S.refs[uuid] = S.order.reference;
          renderOrders();
          await renderDetail();
          await loadTimeline();
        }
        async function refreshSelected() {
          if (!S.selected) return;
          try { S.order = (await api("GET", `/api/v2/orders/${S.selected}/`)).data; await renderDetail(); await loadTimeline(); }
          catch (e) { if (e.status === 404) { S.selected = S.order = null; $("detail-body").hidden = true; $("detail-empty").hidden = false; } else throw e; }
        }
        async function renderDetail() {
          const o = S.order;
          if (!o) return;
          // The provider says what Covage may do next (ORD-TRANSITIONS, EVT-MATRIX); without the key the console cannot ask.
          // Asked first, so the status and its buttons always change together.
          const locked = !S.fixtures;
          const draft = o.status === "draft";
          let allowed = { moves: [], events: [] };
          if (!locked && !draft) {
            try { allowed = (await control("GET", `orders/${o.uuid}/moves/`)).data; } catch (e) { if (e.status !== 404) fail(e); }
          }
          if (S.order !== o) return;
          $("create-form").hidden = true; $("detail-empty").hidden = true; $("detail-body").hidden = false;
          $("d-ref").textContent = o.reference;
          const product = o.product ? `${o.product.code} · ${o.product.name}` : "";
          $("d-sub").textContent = [product, o.request_type && o.request_type !== o.type ? `${o.type} (${o.request_type.replace(/_/g, " ")})` : o.type, "created " + fmtDate(o.creation_date)].filter(Boolean).join("  ·  ");
          setBadge($("d-status"), o.status);
          $("operator-actions").hidden = !draft;
          $("d-json").innerHTML = highlight(o);
          $("transitions").replaceChildren(...(allowed.moves.length ? allowed.moves.map((to) => {
            const b = el("button", { class: "btn small to", type: "button", "data-to": to, text: to,
              title: `Move the order to ${to}`, onclick: () => move(to) });
            b.style.color = `var(--${to})`;
            return b;
          }) : [el("span", { class: "muted", text: draft ? "submit the draft first" : locked ? "enter the simulator key to drive the lifecycle" : "final status: no further move" })]));
          const events = allowed.events;
          // A refresh (the feed saw a new event of this order) keeps the event type the user chose, if still allowed.
          const chosen = $("event-type").value;
          $("event-type").replaceChildren(...(events.length ? events.map((t) => el("option", { value: t, text: t })) : [el("option", { value: "", text: "none for this order" })]));
          if (events.includes(chosen)) $("event-type").value = chosen;
          $("event-type").disabled = $("emit-event").disabled = $("attach-event").disabled = !events.length;
        }
        async function loadTimeline() {
          const uuid = S.selected;
          const { data } = await api("GET", `/api/events/?object_uuid=${uuid}&sort=creation_date&direction=asc&limit=1000`);
          if (uuid !== S.selected) return;
          $("timeline").replaceChildren(...data.map((e) => {
            const status = statusOfEvent(e.type);
            const item = el("li", { "data-type": e.type },
              el("div", { class: "type", text: e.type }),
              el("div", { class: "when", text: fmtDate(e.event_date) }),
              e.data ? el("div", { class: "data", text: JSON.stringify(e.data) }) : null);
            if (status) item.style.setProperty("--c", `var(--${status})`);
            return item;
          }));
          if (!data.length) $("timeline").append(el("li", { class: "muted", text: "No event yet: a draft has none until it is submitted." }));
        }
        async function after(promise, message) {
          try { await promise; toast(message); await loadOrders(); await refreshSelected(); }
          catch (e) { fail(e); await refreshSelected().catch(() => {}); }
        }
        function move(to) {
          const body = { to };
          if ($("attach-event").checked && $("event-type").value) body.event = $("event-type").value;
          $("attach-event").checked = false;
          return after(control("POST", `orders/${S.selected}/transitions/`, body), `${S.order.reference} moved to ${to}.`);
        }
        $("submit-order").addEventListener("click", () =>
          after(api("PATCH", `/api/v2/orders/${S.selected}/`, { status: "submitted" }), `${S.order.reference} submitted.`));
        $("delete-order").addEventListener("click", async () => {
          try {
            await api("DELETE", `/api/v2/orders/${S.selected}/`);
            toast(`Draft ${S.order.reference} deleted.`);
            S.selected = S.order = null; $("detail-body").hidden = true; $("detail-empty").hidden = false;
            await loadOrders();
          } catch (e) { fail(e); }
        });
        $("emit-event").addEventListener("click", () => {
          const type = $("event-type").value;
          return after(control("POST", `orders/${S.selected}/events/`, { type }), `${type} emitted on ${S.order.reference}.`);
        });

        """;
}
