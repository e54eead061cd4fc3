namespace Covage.Provider.Console;

/// <summary>The traffic view's styles (and the view tabs in the top bar).</summary>
internal static class ConsoleStylesTraffic
{
    public const string Css = """
        .views{display:flex;gap:4px}
        .view-tab{font:inherit;font-size:13px;color:#aab3c5;background:transparent;border:1px solid transparent;border-radius:7px;padding:4px 12px;cursor:pointer}
        .view-tab.active{color:#fff;border-color:#34405c;background:#1e2a45}
        .traffic-view{flex:1;min-height:0;display:grid;grid-template-columns:minmax(0,1.6fr) minmax(0,1fr);gap:14px;padding:14px}
        .traffic-filters{display:flex;gap:10px;align-items:center;flex-wrap:wrap;padding:10px 12px;border-bottom:1px solid var(--line)}
        .traffic-filters input[type=text],.traffic-filters #t-order{width:300px;padding:5px 8px;font-size:12.5px}
        .traffic-filters select{padding:5px 6px;font-size:12.5px}
        .traffic-panel{overflow:auto}
        table.traffic{width:100%;border-collapse:collapse;font-size:12.5px}
        table.traffic th{position:sticky;top:0;background:#fafbfc;text-align:left;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);padding:6px 10px;border-bottom:1px solid var(--line)}
        table.traffic td{padding:6px 10px;border-bottom:1px solid #f0f2f6;vertical-align:top}
        table.traffic tr{cursor:pointer}table.traffic tbody tr:hover{background:#f7f9fc}table.traffic tr.selected{background:var(--accent-soft)}
        table.traffic tr.fresh{animation:fresh 1.6s ease-out}
        .status{font-weight:700;font-family:var(--mono)}.status.s2{color:var(--completed)}.status.s4{color:var(--rejected)}.status.s5,.status.s0{color:var(--held)}
        .rule{font-family:var(--mono);font-weight:600;color:var(--rejected)}.fault{font-size:11px;color:var(--held);margin-left:6px}
        .traffic-detail{overflow:auto;padding:0}#traffic-body{padding:16px}
        #traffic-body .json{white-space:pre-wrap;word-break:break-word}#traffic-body h3{margin-top:14px}
        .fault-form{padding:14px 16px;border-bottom:1px solid var(--line);background:#fbfaff}
        .fault-grid{display:grid;grid-template-columns:1fr 1fr;gap:8px 12px}.fault-grid input,.fault-grid select{padding:5px 8px;font-size:12.5px}
        .fault-list{list-style:none;margin:10px 0 0;padding:0;font-size:12.5px}
        .fault-list li{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:5px 0;border-top:1px solid var(--line)}
        """;
}
