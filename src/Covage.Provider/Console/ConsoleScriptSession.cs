namespace Covage.Provider.Console;

/// <summary>Console script, part 2: the simulator key, the demo accounts, sign-in and token renewal.</summary>
internal static class ConsoleScriptSession
{
    public const string Js = """
        async function loadFixtures(key) {
          const previous = S.key;
          S.key = key;
          try {
            S.fixtures = (await control("GET", "fixtures/")).data;
            store.setItem("covage.key", key);
            return true;
          } catch (e) {
            S.key = previous; S.fixtures = null;
            throw e;
          }
        }
        function renderCredentials() {
          const body = $("creds").querySelector("tbody");
          body.replaceChildren();
          for (const op of S.fixtures.operators) {
            for (const [i, u] of op.users.entries()) {
              const use = el("button", { class: "btn small use-cred", type: "button", "data-email": u.email, text: "Use",
                onclick: () => { $("email").value = u.email; $("password").value = u.password; $("login").focus({ preventScroll: true }); } });
              body.append(el("tr", { class: i === 0 ? "first" : "" }, i === 0 ? el("td", { class: "op", rowspan: op.users.length, text: op.name }) : null,
                el("td", { class: "mono", text: u.email }),
                el("td", { class: "mono", text: u.password }), el("td", { text: u.groups.join(", ") || "—" }), el("td", null, use)));
            }
          }
          $("creds").hidden = false;
        }
        function keepSession(grant) {
          S.token = grant.access; store.setItem("covage.token", grant.access);
          if (grant.refresh) { S.refresh = grant.refresh; store.setItem("covage.refresh", grant.refresh); }
          if (grant.user) { S.user = grant.user; store.setItem("covage.user", JSON.stringify(grant.user)); }
        }
        async function login(email, password) {
          const grant = (await api("POST", "/api/v2/account/token/", { email, password }, { anonymous: true })).data;
          S.password = password;
          keepSession(grant);
        }
        // Moving the virtual clock can outlive the access token (1 h) and even the refresh token (12 h).
        async function renew() {
          try {
            if (S.refresh) { keepSession((await api("POST", "/api/v2/account/token/refresh/", { refresh: S.refresh }, { anonymous: true })).data); return true; }
          } catch { /* fall through to a fresh sign-in */ }
          try {
            if (S.password && S.user) { await login(S.user.email, S.password); return true; }
          } catch { /* the account is gone: sign out */ }
          signOut("The session expired on the virtual clock; sign in again.");
          return false;
        }
        function signOut(message) {
          S.token = S.refresh = S.user = S.password = null; S.order = S.selected = null; S.cursor = null;
          for (const k of ["covage.token", "covage.refresh", "covage.user"]) store.removeItem(k);
          showLogin();
          $("login-error").textContent = message || "";
        }
        function showLogin() {
          showView("app-view");
          $("login-view").hidden = false; $("app-view").hidden = true; $("top-tools").hidden = true;
          $("key").value = S.key;
          if (S.fixtures) renderCredentials();
        }
        function operatorFixture() { return S.fixtures && S.user ? S.fixtures.operators.find((o) => o.operator_uuid === S.user.operator_uuid) : null; }
        function showApp() {
          $("login-view").hidden = true; $("app-view").hidden = false; $("top-tools").hidden = false;
          const op = operatorFixture();
          $("who-email").textContent = S.user ? S.user.email : "";
          $("who-op").textContent = op ? op.name : "";
          $("clock-box").hidden = !S.fixtures; $("top-key-form").hidden = !!S.fixtures;
          $("new-draft").disabled = !S.fixtures;
          $("new-draft").title = S.fixtures ? "" : "Enter the simulator key to load the seeded eligibilities";
        }
        $("key-form").addEventListener("submit", async (ev) => {
          ev.preventDefault();
          $("login-error").textContent = "";
          try { await loadFixtures($("key").value.trim()); renderCredentials(); }
          catch (e) { $("creds").hidden = true; $("login-error").textContent = e.status === 403 ? "That simulator key was refused." : e.message; }
        });
        $("login-form").addEventListener("submit", async (ev) => {
          ev.preventDefault();
          $("login-error").textContent = "";
          try { await login($("email").value.trim(), $("password").value); await enterApp(); }
          catch (e) { $("login-error").textContent = e.status === 401 ? "Wrong email or password." : e.message; }
        });
        $("top-key-form").addEventListener("submit", async (ev) => {
          ev.preventDefault();
          try { await loadFixtures($("top-key").value.trim()); showApp(); if (S.order) await renderDetail(); tick(); }
          catch (e) { toast(e.status === 403 ? "That simulator key was refused." : e.message, true); }
        });
        $("logout").addEventListener("click", () => signOut(""));

        """;
}
