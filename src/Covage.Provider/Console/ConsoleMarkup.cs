namespace Covage.Provider.Console;

/// <summary>The console's markup: a sign-in card, then orders, one order and the live events feed (or the traffic view).</summary>
internal static class ConsoleMarkup
{
    public const string Body = """
        <header class="topbar">
          <div class="brand"><span class="logo">C</span><span>Covage sandbox</span><span class="brand-sub">console</span></div>
          <div class="top-tools" id="top-tools" hidden>
            <nav class="views" aria-label="Views"><button class="view-tab active" data-view="app-view" type="button">Orders</button>
              <button class="view-tab" data-view="traffic-view" type="button" id="traffic-tab">Traffic</button></nav>
            <div class="clock" id="clock-box" hidden>
              <span class="label">Virtual clock</span><span id="clock" class="mono">—</span>
              <button class="btn ghost small" data-advance="300">+5 min</button>
              <button class="btn ghost small" data-advance="3600">+1 h</button>
              <button class="btn ghost small" data-advance="86400">+1 day</button>
            </div>
            <form class="key-box" id="top-key-form" hidden>
              <input id="top-key" type="password" placeholder="Simulator key" autocomplete="off" aria-label="Simulator key">
              <button class="btn ghost small" type="submit">Enable control</button>
            </form>
            <div class="who"><span id="who-email"></span><span id="who-op" class="muted"></span>
              <button id="logout" class="btn ghost small" type="button">Sign out</button></div>
          </div>
        </header>
        <main>
          <section id="login-view" class="login-view">
            <div class="card login-card">
              <h1>Sign in to the sandbox</h1>
              <p class="muted">Use a seeded operator account. The simulator key (printed by <code>run-conformance.sh serve</code>) unlocks the demo accounts, the seeded eligibilities and Covage's side of the lifecycle.</p>
              <form id="key-form" class="row">
                <label class="grow">Simulator key<input id="key" type="password" autocomplete="off" placeholder="sandbox-simulator-key"></label>
                <button id="load-fixtures" class="btn" type="submit">Load demo accounts</button>
              </form>
              <table id="creds" class="creds" hidden><thead><tr><th>Operator</th><th>Email</th><th>Password</th><th>Groups</th><th></th></tr></thead><tbody></tbody></table>
              <form id="login-form" class="stack">
                <label>Email<input id="email" type="email" autocomplete="username" required></label>
                <label>Password<input id="password" type="password" autocomplete="current-password" required></label>
                <button id="login" class="btn primary" type="submit">Sign in</button>
                <p id="login-error" class="error" role="alert"></p>
              </form>
            </div>
          </section>
          <section id="app-view" class="app-view" hidden>
            <aside class="panel orders-panel">
              <div class="panel-head"><h2>Orders <span id="order-count" class="count"></span></h2>
                <button id="new-draft" class="btn primary small" type="button">New draft</button></div>
              <div class="filters">
                <select id="f-status" aria-label="Status"><option value="">Status</option></select>
                <select id="f-type" aria-label="Type"><option value="">Type</option><option>activate</option><option>terminate</option></select>
                <select id="f-family" aria-label="Family"><option value="">Family</option></select>
              </div>
              <ul id="order-list" class="order-list"></ul>
            </aside>
            <section class="panel detail-panel" id="detail">
              <div id="detail-empty" class="empty"><div class="empty-title">No order selected</div>
                <p>Pick an order on the left, or create a draft from a seeded eligibility.</p></div>
              <form id="create-form" class="create-form" hidden>
                <h2>New draft</h2>
                <div class="form-grid">
                  <label>Request<select id="c-kind"></select></label>
                  <label id="c-product-label">Product<select id="c-product"></select></label>
                  <label id="c-service-label" hidden>Service to terminate<select id="c-service"></select></label>
                  <label>Order name<input id="c-name" value="Console demo order"></label>
                  <label>Operator reference<input id="c-ref"></label>
                  <label>Contact<select id="c-contact"></select></label>
                  <fieldset id="c-customer" class="span2"><legend>End customer</legend>
                    <div class="form-grid">
                      <label>Company<input id="c-company" value="Alethkar Palace"></label>
                      <label>Contact email<input id="c-email" value="adolin.kholin@palace.ak"></label>
                      <label>First name<input id="c-first" value="Adolin"></label>
                      <label>Last name<input id="c-last" value="Kholin"></label>
                    </div></fieldset>
                </div>
                <div class="row end"><button id="create-cancel" class="btn ghost" type="button">Cancel</button>
                  <button id="create-submit" class="btn primary" type="submit">Create draft</button></div>
              </form>
              <div id="detail-body" hidden>
                <div class="detail-head">
                  <div><div class="ref mono" id="d-ref"></div><div class="muted" id="d-sub"></div></div>
                  <span id="d-status" class="badge"></span>
                </div>
                <div class="actions">
                  <div class="action-group" id="operator-actions"><span class="label">Operator</span>
                    <button id="submit-order" class="btn primary small" type="button">Submit</button>
                    <button id="delete-order" class="btn danger small" type="button">Delete draft</button></div>
                  <div class="action-group"><span class="label">Covage moves it to</span><span id="transitions" class="btn-row"></span></div>
                  <div class="action-group"><span class="label">Covage event</span>
                    <select id="event-type" aria-label="Event type"></select>
                    <button id="emit-event" class="btn small" type="button">Emit</button>
                    <label class="check"><input id="attach-event" type="checkbox"> with the next move</label></div>
                </div>
                <div class="detail-cols">
                  <div><h3>Events</h3><ol id="timeline" class="timeline"></ol></div>
                  <div><h3>Order</h3><pre id="d-json" class="json"></pre></div>
                </div>
              </div>
            </section>
            <aside class="panel feed-panel">
              <div class="panel-head"><h2>Live events</h2><span id="feed-state" class="live">live</span></div>
              <ul id="feed" class="feed"></ul>
            </aside>
          </section>
        """ + ConsoleMarkupTraffic.Section + """
        </main>
        <div id="toast" class="toast" role="status" hidden></div>
        """;
}
