namespace Covage.Provider.Console;

/// <summary>Console script, part 5: the live events feed (cursor paging), the virtual clock, and start-up.</summary>
internal static class ConsoleScriptFeed
{
    public const string Js = """
        function feedItem(e, fresh) {
          const status = statusOfEvent(e.type);
          const ref = S.refs[e.object_uuid] || (e.data && e.data.kosc_order_ref) || e.object_uuid.slice(0, 8);
          const item = el("li", { class: fresh ? "fresh" : "", "data-type": e.type,
            onclick: () => { if (e.object_type === "order") selectOrder(e.object_uuid).catch(fail); } },
            el("div", { class: "type", text: e.type }),
            el("div", { class: "line2" }, el("span", { class: "mono", text: `${e.object_type} ${ref}` }), el("span", { class: "when", text: fmtTime(e.event_date) })));
          if (status) item.style.setProperty("--c", `var(--${status})`);
          return item;
        }
        async function startFeed() {
          // The newest events first, then the cursor of the newest one: every later poll asks for what follows it.
          const { data } = await api("GET", "/api/events/?sort=creation_date&direction=desc&limit=30");
          $("feed").replaceChildren(...data.map((e) => feedItem(e, false)));
          S.cursor = data.length ? data[0].sort_value : null;
        }
        async function pollFeed() {
          const fresh = [];
          for (let page = 0; page < 20; page++) {
            const q = new URLSearchParams({ sort: "creation_date", direction: "asc", limit: "200" });
            if (S.cursor) q.set("after", S.cursor);
            const { data } = await api("GET", "/api/events/?" + q);
            if (!data.length) break;
            fresh.push(...data);
            S.cursor = data[data.length - 1].sort_value;
            if (data.length < 200) break;
          }
          if (!fresh.length) return;
          const feed = $("feed");
          for (const e of fresh) feed.prepend(feedItem(e, true));
          while (feed.children.length > 200) feed.lastChild.remove();
          await loadOrders();
          if (fresh.some((e) => e.object_uuid === S.selected)) await refreshSelected();
        }
        async function showClock() {
          if (!S.fixtures) return;
          const { data } = await control("GET", "clock/");
          $("clock").textContent = fmtDate(data.now);
        }
        for (const b of document.querySelectorAll("[data-advance]")) {
          b.addEventListener("click", async () => {
            try {
              const { data } = await control("POST", "clock/advance/", { seconds: Number(b.dataset.advance) });
              $("clock").textContent = fmtDate(data.now);
              toast(`Virtual clock moved ${b.textContent.replace("+", "")} forward.`);
            } catch (e) { fail(e); }
          });
        }
        let timer = null;
        async function tick() {
          clearTimeout(timer);
          if (!S.token) return;
          try {
            await Promise.all([pollFeed(), showClock()]);
            $("feed-state").className = "live"; $("feed-state").textContent = "live";
          } catch (e) {
            $("feed-state").className = "live off"; $("feed-state").textContent = "offline";
          }
          if (S.token) timer = setTimeout(tick, 2000);
        }
        async function enterApp() {
          showApp();
          await loadOrders();
          await startFeed();
          await showClock();
          timer = setTimeout(tick, 2000);
        }
        (async () => {
          if (S.key) { try { await loadFixtures(S.key); } catch { S.fixtures = null; } }
          if (S.token && S.user) { try { await enterApp(); return; } catch { signOut(""); return; } }
          showLogin();
        })();
        """;
}
