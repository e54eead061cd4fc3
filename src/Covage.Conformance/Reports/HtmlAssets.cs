namespace Covage.Conformance.Reports;

/// <summary>The HTML report's inline style and script: the report is one self-contained file.</summary>
internal static class HtmlAssets
{
    public const string Style = """
        :root { --ink:#1d2330; --muted:#5d6678; --line:#e3e7ee; --bg:#f6f7fb; --card:#fff;
          --pass:#1a7f37; --pass-bg:#dafbe1; --fail:#c62828; --fail-bg:#ffe3e3; --na:#8a5a00; --na-bg:#fff1c7;
          --none:#6b7280; --none-bg:#eceff3; --accent:#2f5bd3; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          color:var(--ink); background:var(--bg); }
        header.top { background:#18213a; color:#fff; padding:28px 40px 24px; }
        header.top h1 { margin:0 0 6px; font-size:24px; font-weight:650; letter-spacing:.2px; }
        header.top .meta { color:#c3cbe0; font-size:13.5px; display:flex; flex-wrap:wrap; gap:6px 22px; }
        header.top .meta b { color:#fff; font-weight:600; }
        main { max-width:1180px; margin:0 auto; padding:24px 28px 60px; }
        .cards { display:grid; grid-template-columns:repeat(4, 1fr); gap:14px; margin:-46px 0 18px; }
        .card { background:var(--card); border-radius:10px; padding:14px 18px; box-shadow:0 1px 3px rgba(20,30,60,.12); }
        .card .n { font-size:30px; font-weight:700; line-height:1.1; }
        .card .l { color:var(--muted); font-size:13px; text-transform:uppercase; letter-spacing:.6px; }
        .card.passed .n { color:var(--pass); } .card.failed .n { color:var(--fail); } .card.not-applicable .n { color:var(--na); }
        .bar { display:flex; height:8px; border-radius:4px; overflow:hidden; background:var(--line); margin-bottom:22px; }
        .bar span.passed { background:var(--pass); } .bar span.failed { background:var(--fail); } .bar span.not-applicable { background:#e0a800; }
        .filters { display:flex; gap:8px; margin:0 0 18px; flex-wrap:wrap; position:sticky; top:0; background:var(--bg); padding:10px 0; z-index:2; }
        .filters button { border:1px solid var(--line); background:var(--card); color:var(--ink); border-radius:999px; padding:5px 14px;
          font:inherit; font-size:13.5px; cursor:pointer; }
        .filters button.on { background:var(--accent); border-color:var(--accent); color:#fff; }
        h2 { font-size:18px; margin:30px 0 12px; }
        .badge { display:inline-block; border-radius:999px; padding:1px 9px; font-size:12px; font-weight:600; white-space:nowrap; }
        .badge.passed { color:var(--pass); background:var(--pass-bg); } .badge.failed { color:var(--fail); background:var(--fail-bg); }
        .badge.not-applicable, .badge.not-run { color:var(--na); background:var(--na-bg); }
        .badge.not-covered, .badge.kind { color:var(--none); background:var(--none-bg); }
        .badge.interp { color:#6a3fb5; background:#efe6ff; }
        table.rules { width:100%; table-layout:fixed; border-collapse:collapse; background:var(--card); border-radius:10px; overflow:hidden;
          box-shadow:0 1px 3px rgba(20,30,60,.08); font-size:14px; }
        table.rules th { text-align:left; font-size:12px; text-transform:uppercase; letter-spacing:.5px; color:var(--muted);
          background:#fafbfd; padding:9px 12px; border-bottom:1px solid var(--line); }
        table.rules td { padding:8px 12px; border-bottom:1px solid var(--line); vertical-align:top; }
        table.rules td.id { font-family:ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size:12.5px; overflow-wrap:anywhere; }
        table.rules tr.uncovered td { background:#fff8e6; }
        table.rules td .badge { white-space:normal; }
        table.rules td .kind-note { font-size:11px; color:var(--muted); margin-top:4px; overflow-wrap:anywhere; }
        table.rules td.sc summary { cursor:pointer; color:var(--muted); font-size:13px; }
        code { font-family:ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size:.88em; background:#eef1f6; border-radius:4px; padding:0 4px; }
        table.rules td.sc a { color:var(--accent); text-decoration:none; display:block; font-size:13px; }
        section.feature { background:var(--card); border-radius:10px; margin:0 0 16px; box-shadow:0 1px 3px rgba(20,30,60,.08); }
        section.feature > header { padding:12px 18px; border-bottom:1px solid var(--line); display:flex; align-items:baseline; gap:12px; flex-wrap:wrap; }
        section.feature > header h3 { margin:0; font-size:16px; }
        section.feature > header .path { color:var(--muted); font-size:12.5px; font-family:ui-monospace, Menlo, Consolas, monospace; }
        section.feature > header .counts { margin-left:auto; display:flex; gap:6px; }
        details.scenario { border-bottom:1px solid var(--line); }
        details.scenario:last-child { border-bottom:0; }
        details.scenario > summary { list-style:none; cursor:pointer; padding:9px 18px; display:flex; gap:10px; align-items:baseline; }
        details.scenario > summary::-webkit-details-marker { display:none; }
        details.scenario > summary:hover { background:#fafbfd; }
        details.scenario .name { flex:1; }
        details.scenario .dur { color:var(--muted); font-size:12.5px; font-variant-numeric:tabular-nums; }
        .tags { color:var(--muted); font-size:12px; }
        .body { padding:4px 18px 16px 46px; }
        ol.steps { list-style:none; margin:0; padding:0; font-size:14px; }
        ol.steps li { padding:2px 0; }
        ol.steps .kw { font-weight:650; color:#3a4660; }
        ol.steps .st { display:inline-block; width:18px; font-weight:700; }
        ol.steps li.passed .st { color:var(--pass); } ol.steps li.failed .st, ol.steps li.undefined .st, ol.steps li.ambiguous .st { color:var(--fail); }
        ol.steps li.skipped { color:#9aa3b2; } ol.steps li.not-applicable .st { color:var(--na); }
        ol.steps li.failed .text { color:var(--fail); font-weight:600; }
        pre { background:#0f1626; color:#e4e8f2; border-radius:8px; padding:12px 14px; overflow:auto; font-size:12.5px; line-height:1.45;
          font-family:ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space:pre-wrap; word-break:break-word; max-height:480px; }
        pre.error { background:#2a1114; color:#ffd9d9; border-left:4px solid var(--fail); }
        .reason { color:var(--na); background:var(--na-bg); border-radius:6px; padding:6px 10px; font-size:13.5px; margin:6px 0; }
        details.attachment > summary { cursor:pointer; color:var(--accent); font-size:13px; margin-top:6px; }
        body[data-filter="passed"] details.scenario:not([data-result="passed"]),
        body[data-filter="failed"] details.scenario:not([data-result="failed"]),
        body[data-filter="not-applicable"] details.scenario:not([data-result="not-applicable"]) { display:none; }
        section.feature.empty { display:none; }
        section.causes { background:var(--card); border-radius:10px; padding:4px 18px 12px; margin:0 0 16px; box-shadow:0 1px 3px rgba(20,30,60,.08);
          border-left:4px solid var(--fail); }
        section.causes.reading { border-left-color:#6a3fb5; }
        ol.causes { margin:0; padding-left:18px; }
        ol.causes li { margin:8px 0; }
        ol.causes .count { font-weight:700; color:var(--fail); font-variant-numeric:tabular-nums; }
        ol.causes code.cause { white-space:pre-wrap; word-break:break-word; }
        ol.causes .where a { display:block; color:var(--accent); text-decoration:none; font-size:13px; }
        ol.causes .where summary { cursor:pointer; color:var(--muted); font-size:13px; }
        body[data-filter="passed"] section.causes { display:none; }
        body[data-filter="not-applicable"] section.causes { display:none; }
        body[data-filter="passed"] table.rules tbody tr:not([data-results~="passed"]),
        body[data-filter="failed"] table.rules tbody tr:not([data-results~="failed"]),
        body[data-filter="not-applicable"] table.rules tbody tr:not([data-results~="not-applicable"]) { display:none; }
        body[data-filter="passed"] table.rules td.sc a:not(.passed),
        body[data-filter="failed"] table.rules td.sc a:not(.failed),
        body[data-filter="not-applicable"] table.rules td.sc a:not(.not-applicable) { display:none; }
        footer { color:var(--muted); font-size:12.5px; text-align:center; margin-top:30px; }
        @media (max-width:760px) { .cards { grid-template-columns:repeat(2, 1fr); } main { padding:18px 12px; } }
        """;

    public const string Script = """
        (function () {
          var buttons = document.querySelectorAll('.filters button');
          function apply(filter) {
            document.body.setAttribute('data-filter', filter);
            buttons.forEach(function (b) { b.classList.toggle('on', b.getAttribute('data-filter') === filter); });
            document.querySelectorAll('section.feature').forEach(function (s) {
              var visible = Array.prototype.some.call(s.querySelectorAll('details.scenario'), function (d) {
                return filter === 'all' || d.getAttribute('data-result') === filter;
              });
              s.classList.toggle('empty', !visible);
            });
          }
          buttons.forEach(function (b) { b.addEventListener('click', function () { apply(b.getAttribute('data-filter')); }); });
          document.querySelectorAll('a[href^="#sc-"]').forEach(function (a) {
            a.addEventListener('click', function () {
              apply('all');
              var target = document.getElementById(a.getAttribute('href').slice(1));
              if (target) { target.open = true; }
            });
          });
          var m = /^#filter=(all|passed|failed|not-applicable)$/.exec(location.hash);
          apply(m ? m[1] : 'all');
        })();
        """;
}
