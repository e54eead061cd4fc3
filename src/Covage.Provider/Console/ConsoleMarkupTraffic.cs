namespace Covage.Provider.Console;

/// <summary>The traffic view's markup: filters, the recorded calls, and the one selected with its request and answer.</summary>
internal static class ConsoleMarkupTraffic
{
    public const string Section = """

          <section id="traffic-view" class="traffic-view" hidden>
            <div class="panel traffic-panel">
              <div class="panel-head"><h2>Traffic <span id="traffic-count" class="count"></span></h2><span id="traffic-state" class="live">live</span></div>
              <div class="traffic-filters">
                <input id="t-order" placeholder="Order uuid" aria-label="Order" class="mono">
                <select id="t-status" aria-label="Answer"><option value="">Every answer</option><option value="refused">Refused (4xx)</option>
                  <option value="failed">Failed (5xx, dropped)</option><option value="2xx">Accepted (2xx)</option></select>
                <label class="check" id="t-all-label" hidden><input id="t-all" type="checkbox"> every operator</label>
                <label class="check"><input id="t-console" type="checkbox"> the console's own calls</label>
              </div>
              <table class="traffic"><thead><tr><th>Sandbox time</th><th>Request</th><th>Answer</th><th>Rule cited</th><th id="t-who-head" hidden>User</th></tr></thead>
                <tbody id="traffic-rows"></tbody></table>
            </div>
            <aside class="panel traffic-detail" id="traffic-detail">
              <form id="fault-form" class="fault-form" hidden>
                <h3>Inject a fault</h3>
                <div class="fault-grid">
                  <label>Kind<select id="fault-kind"><option value="throttle">429 with Retry-After</option><option value="unavailable">503 in the envelope</option>
                    <option value="drop">dropped connection</option><option value="latency">latency</option></select></label>
                  <label>For<select id="fault-operator"><option value="">every operator</option></select></label>
                  <label class="span2">Route<input id="fault-route" class="mono" placeholder="POST /api/v2/orders/ (empty: every route)"></label>
                  <label>Next N requests<input id="fault-count" type="number" min="1" value="1"></label>
                  <label>or a fraction<input id="fault-fraction" type="number" min="0" max="1" step="0.05" placeholder="0.5"></label>
                  <label>Retry-After (s)<input id="fault-retry" type="number" min="0" value="5"></label>
                  <label>Latency (ms)<input id="fault-latency" type="number" min="1" value="800"></label>
                </div>
                <div class="row end"><button class="btn small primary" type="submit" id="fault-add">Add fault</button></div>
                <ul id="fault-list" class="fault-list"></ul>
              </form>
              <div class="empty" id="traffic-empty"><div class="empty-title">No call selected</div>
                <p>Every call your client makes to the sandbox's API shows up here with the answer it got, and the rule the sandbox cited when it refused it.</p></div>
              <div id="traffic-body" hidden><h3>Request</h3><pre id="t-request" class="json"></pre><h3>Answer</h3><pre id="t-answer" class="json"></pre></div>
            </aside>
          </section>
        """;
}
