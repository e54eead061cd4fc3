namespace Covage.Provider.Console;

/// <summary>Console script, part 3: the filtered order list and the new-draft form.</summary>
internal static class ConsoleScriptOrders
{
    public const string Js = """
        for (const s of STATUSES) $("f-status").append(el("option", { value: s, text: s }));
        for (const [code, name] of Object.entries(FAMILY_NAMES)) $("f-family").append(el("option", { value: code, text: `${code} · ${name}` }));
        for (const id of ["f-status", "f-type", "f-family"]) $(id).addEventListener("change", () => loadOrders().catch(fail));

        async function loadOrders() {
          const q = new URLSearchParams({ sort: "-creation_date", limit: "200" });
          if ($("f-status").value) q.set("status", $("f-status").value);
          if ($("f-type").value) q.set("type", $("f-type").value);
          if ($("f-family").value) q.set("product_family", $("f-family").value);
          const { data, headers } = await api("GET", "/api/v2/orders/?" + q);
          S.orders = data;
          for (const o of data) S.refs[o.uuid] = o.reference;
          $("order-count").textContent = headers.get("X-Total-Count") || String(data.length);
          renderOrders();
        }
        function renderOrders() {
          const list = $("order-list");
          list.replaceChildren(...S.orders.map((o) => el("li", { "data-uuid": o.uuid, class: o.uuid === S.selected ? "selected" : "",
            onclick: () => selectOrder(o.uuid).catch(fail) },
            el("span", { class: "mono", text: o.reference }), badge(o.status),
            el("span", { class: "sub", text: [o.product ? o.product.code : "", o.request_type && o.request_type !== o.type ? `${o.type} (${o.request_type.replace(/_/g, " ")})` : o.type, fmtDate(o.creation_date)].filter(Boolean).join(" · ") }))));
          if (!S.orders.length) list.append(el("li", { class: "sub", text: "No order matches these filters." }));
        }
        function creationChoices() {
          const op = operatorFixture();
          const choices = [];
          for (const tech of ["copper", "fiber"]) for (const [rt, ref] of Object.entries(op.eligibility[tech] || {})) choices.push({ value: `${tech}:${rt}`, label: `${tech} · ${rt.replace(/_/g, " ")}`, tech, rt, ref });
          choices.push({ value: "terminate", label: "terminate a service", tech: "terminate" });
          return choices;
        }
        function openCreate() {
          const op = operatorFixture();
          if (!op) { toast("Enter the simulator key to load the seeded eligibilities.", true); return; }
          S.selected = null; renderOrders();
          $("detail-empty").hidden = true; $("detail-body").hidden = true; $("create-form").hidden = false;
          $("c-kind").replaceChildren(...creationChoices().map((c) => el("option", { value: c.value, text: c.label })));
          $("c-contact").replaceChildren(...op.contacts.map((c) => el("option", { value: c, text: c })));
          const services = Object.entries(op.services).flatMap(([tech, list]) => list.map((s) => ({ ...s, tech })));
          $("c-service").replaceChildren(...services.map((s) => el("option", { value: s.ref, text: `${s.ref} · ${s.product_code} (${s.tech})` })));
          $("c-ref").value = "CONSOLE-" + Date.now().toString(36).toUpperCase();
          syncCreate();
        }
        function syncCreate() {
          const choice = creationChoices().find((c) => c.value === $("c-kind").value);
          const terminate = choice.tech === "terminate";
          $("c-service-label").hidden = !terminate; $("c-product-label").hidden = terminate; $("c-customer").hidden = terminate;
          const families = choice.tech === "fiber" ? ["F", "E"] : ["A", "S", "M"];
          const codes = families.flatMap((f) => (S.fixtures.products[f] || []).map((code) => ({ code, f })));
          $("c-product").replaceChildren(...codes.map((p) => el("option", { value: p.code, text: `${p.code} · ${FAMILY_NAMES[p.f]}` })));
        }
        function draftBody() {
          const choice = creationChoices().find((c) => c.value === $("c-kind").value);
          const info = { order_ref: $("c-ref").value.trim(), order_name: $("c-name").value.trim(), contact_uuid: $("c-contact").value };
          if (choice.tech === "terminate") return { type: "terminate", service_ref: $("c-service").value, operator_info: info };
          return { type: "activate", eligibility_ref: choice.ref, request_type: choice.rt, product: { code: $("c-product").value }, operator_info: info,
            end_customer: { type: "unregistered", name: $("c-company").value.trim(),
              contact: { first_name: $("c-first").value.trim(), last_name: $("c-last").value.trim(), email: $("c-email").value.trim() } } };
        }
        $("c-kind").addEventListener("change", syncCreate);
        $("new-draft").addEventListener("click", openCreate);
        $("create-cancel").addEventListener("click", () => { $("create-form").hidden = true; $("detail-empty").hidden = false; });
        $("create-form").addEventListener("submit", async (ev) => {
          ev.preventDefault();
          try {
            const order = (await api("POST", "/api/v2/orders/", draftBody())).data;
            toast(`Draft ${order.reference} created.`);
            await loadOrders();
            await selectOrder(order.uuid, order);
          } catch (e) { fail(e); }
        });

        """;
}
