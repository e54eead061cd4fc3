namespace Covage.Provider.Console;

/// <summary>The console's stylesheet: system fonts, a calm palette, one colour per order status.</summary>
internal static class ConsoleStyles
{
    public const string Css = """
        :root{--bg:#f4f6f9;--panel:#fff;--line:#e3e7ee;--text:#1d2433;--muted:#6b7385;--accent:#2456d6;--accent-soft:#e8eefc;
          --danger:#c4352b;--radius:10px;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;
          --draft:#6b7385;--submitted:#2563eb;--acknowledged:#4f46e5;--running:#0d8a9a;--pending:#c27803;--held:#9333ea;
          --rejected:#dc2626;--cancelled:#475569;--completed:#15803d}
        *{box-sizing:border-box}
        html,body{margin:0;height:100%}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--text);background:var(--bg);display:flex;flex-direction:column}
        [hidden]{display:none!important}
        h1{font-size:20px;margin:0 0 6px}h2{font-size:15px;margin:0}h3{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 10px}
        code,.mono{font-family:var(--mono);font-size:12.5px}
        .muted{color:var(--muted)}
        .topbar{display:flex;align-items:center;gap:24px;padding:10px 20px;background:#111a2e;color:#e8ecf5}
        .brand{display:flex;align-items:center;gap:10px;font-weight:600;font-size:15px}
        .brand-sub{color:#8d97ad;font-weight:400}
        .logo{display:inline-grid;place-items:center;width:28px;height:28px;border-radius:7px;background:linear-gradient(135deg,#3b6cf0,#19b3c7);color:#fff;font-weight:700}
        .top-tools{display:flex;align-items:center;gap:20px;margin-left:auto}
        .clock,.who,.key-box{display:flex;align-items:center;gap:8px}
        .clock .label{color:#8d97ad;font-size:12px}
        #clock{color:#fff;margin-right:4px}
        .topbar .btn.ghost{color:#dbe2f0;border-color:#34405c;background:transparent}
        .topbar .btn.ghost:hover{background:#1e2a45}
        .topbar input{background:#1a2440;border:1px solid #34405c;color:#fff}
        .who .muted{color:#8d97ad}
        main{flex:1;min-height:0;display:flex}
        .btn{font:inherit;border:1px solid var(--line);background:#fff;color:var(--text);border-radius:7px;padding:7px 14px;cursor:pointer;font-weight:500;white-space:nowrap}
        .btn:hover{background:#f0f3f8}.btn:disabled{opacity:.45;cursor:not-allowed}
        .btn.primary{background:var(--accent);border-color:var(--accent);color:#fff}.btn.primary:hover{background:#1c48b8}
        .btn.danger{color:var(--danger);border-color:#f0c9c5}.btn.danger:hover{background:#fdf1f0}
        .btn.small{padding:4px 10px;font-size:12.5px}
        .btn.to{border-color:currentColor;background:#fff}
        input,select{font:inherit;border:1px solid var(--line);border-radius:7px;padding:7px 9px;background:#fff;color:var(--text);min-width:0}
        input:focus,select:focus{outline:2px solid var(--accent-soft);border-color:var(--accent)}
        label{display:flex;flex-direction:column;gap:4px;font-size:12px;font-weight:600;color:var(--muted)}
        label.check{flex-direction:row;align-items:center;font-weight:500}
        .row{display:flex;gap:10px;align-items:flex-end}.row.end{justify-content:flex-end;margin-top:16px}.grow{flex:1}
        .stack{display:flex;flex-direction:column;gap:12px;margin-top:18px}
        .error{color:var(--danger);min-height:1.2em;margin:0}
        .card{background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);box-shadow:0 6px 24px rgba(17,26,46,.06)}
        .login-view{flex:1;display:flex;justify-content:center;align-items:flex-start;padding:32px 20px;overflow:auto}
        .login-card{width:720px;max-width:100%;padding:28px 32px}
        .creds{width:100%;border-collapse:collapse;margin-top:16px;font-size:13px}
        .creds th{text-align:left;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);padding:6px 8px;border-bottom:1px solid var(--line)}
        .creds td{padding:5px 8px;white-space:nowrap}
        .creds tr.first td{border-top:1px solid var(--line)}
        .creds td.op{font-weight:600;vertical-align:top;padding-top:9px}
        .app-view{flex:1;min-height:0;display:grid;grid-template-columns:330px minmax(0,1fr) 310px;gap:14px;padding:14px}
        .panel{background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);display:flex;flex-direction:column;min-height:0;overflow:hidden}
        .panel-head{display:flex;align-items:center;justify-content:space-between;padding:14px 16px;border-bottom:1px solid var(--line)}
        .count{color:var(--muted);font-weight:400;font-size:13px;margin-left:4px}
        .filters{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px;padding:10px 12px;border-bottom:1px solid var(--line)}
        .filters select{padding:5px 6px;font-size:12.5px}
        .order-list,.feed,.timeline{list-style:none;margin:0;padding:0;overflow:auto}
        .order-list{flex:1}
        .order-list li{padding:10px 16px;border-bottom:1px solid #f0f2f6;cursor:pointer;display:grid;grid-template-columns:1fr auto;gap:2px 8px}
        .order-list li:hover{background:#f7f9fc}.order-list li.selected{background:var(--accent-soft);box-shadow:inset 3px 0 0 var(--accent)}
        .order-list .sub{grid-column:1/3;font-size:12px;color:var(--muted)}
        .badge{display:inline-flex;align-items:center;gap:6px;padding:2px 10px;border-radius:999px;font-size:12px;font-weight:600;color:var(--c);background:color-mix(in srgb,var(--c) 12%,#fff);border:1px solid color-mix(in srgb,var(--c) 30%,#fff);height:fit-content;text-transform:capitalize}
        .badge::before{content:"";width:7px;height:7px;border-radius:50%;background:var(--c)}
        .detail-panel{overflow:auto}
        .empty{margin:auto;text-align:center;color:var(--muted);padding:40px}.empty-title{font-size:16px;font-weight:600;color:var(--text)}
        .create-form{padding:20px 24px}
        .create-form h2{margin-bottom:16px}
        .form-grid{display:grid;grid-template-columns:1fr 1fr;gap:12px 16px}.span2{grid-column:1/3}
        fieldset{border:1px solid var(--line);border-radius:8px;padding:12px 14px 14px;margin:4px 0 0}
        legend{font-size:12px;font-weight:600;color:var(--muted);padding:0 6px}
        #detail-body{padding:20px 24px}
        .detail-head{display:flex;justify-content:space-between;align-items:flex-start;gap:12px}
        .detail-head .ref{font-size:20px;font-weight:600}
        .detail-head .badge{font-size:14px;padding:4px 14px}
        .actions{display:flex;flex-direction:column;gap:10px;margin:18px 0 22px;padding:14px 16px;background:#f8fafc;border:1px solid var(--line);border-radius:8px}
        .action-group{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
        .action-group>.label{width:140px;font-size:12px;font-weight:600;color:var(--muted)}
        .btn-row{display:flex;gap:6px;flex-wrap:wrap}
        #event-type{width:auto;max-width:300px;padding:4px 8px;font-size:12.5px}
        .detail-cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);gap:24px}
        .timeline li{position:relative;padding:0 0 16px 22px;border-left:2px solid var(--line);margin-left:6px}
        .timeline li:last-child{border-left-color:transparent}
        .timeline li::before{content:"";position:absolute;left:-7px;top:2px;width:12px;height:12px;border-radius:50%;background:#fff;border:3px solid var(--c,var(--accent))}
        .timeline .type,.feed .type{font-weight:600;font-family:var(--mono);font-size:12.5px}
        .timeline .when,.feed .when{color:var(--muted);font-size:12px}
        .timeline .data{margin-top:3px;font-family:var(--mono);font-size:11.5px;color:#4b5468;word-break:break-all}
        .json{margin:0;padding:14px;background:#0f172a;color:#dbe4f3;border-radius:8px;font:12px/1.5 var(--mono);overflow:auto;max-height:62vh}
        .json .k{color:#93c5fd}.json .s{color:#a7f3d0}.json .n{color:#fcd34d}.json .l{color:#f9a8d4}
        .feed{flex:1}
        .feed li{padding:9px 16px;border-bottom:1px solid #f0f2f6;cursor:pointer;border-left:3px solid var(--c,var(--line))}
        .feed li:hover{background:#f7f9fc}
        .feed li.fresh{animation:fresh 1.6s ease-out}
        @keyframes fresh{from{background:#fff7d6}to{background:#fff}}
        .feed .line2{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:var(--muted)}
        .live{font-size:12px;color:var(--completed);display:flex;align-items:center;gap:6px}
        .live::before{content:"";width:8px;height:8px;border-radius:50%;background:currentColor;animation:pulse 2s infinite}
        .live.off{color:var(--muted)}.live.off::before{animation:none}
        @keyframes pulse{50%{opacity:.3}}
        .toast{position:fixed;right:20px;bottom:20px;max-width:460px;background:#111a2e;color:#fff;padding:12px 16px;border-radius:8px;box-shadow:0 8px 30px rgba(0,0,0,.25);font-size:13px}
        .toast.bad{background:#7f1d1d}
        .toast ul{margin:6px 0 0;padding-left:18px}
        """;
}
