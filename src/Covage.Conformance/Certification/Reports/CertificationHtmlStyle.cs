namespace Covage.Conformance.Certification.Reports;

/// <summary>The certification page's stylesheet (inline: the page is one self-contained file).</summary>
internal static class CertificationHtmlStyle
{
    public const string Css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2433;background:#f4f6f9}
        header{padding:18px 28px;background:#111a2e;color:#e8ecf5}header h1{margin:0 0 6px;font-size:20px}
        .meta{display:flex;flex-wrap:wrap;gap:18px;color:#aab3c5}.meta b{color:#fff;font-weight:600}
        main{padding:20px 28px;max-width:1400px}
        .verdict{display:inline-block;padding:6px 14px;border-radius:8px;font-weight:700;font-size:16px;margin:4px 0 14px}
        .verdict.ok{background:#dcf5e3;color:#15803d}.verdict.ko{background:#fde2e1;color:#b42318}
        h2{font-size:16px;margin:22px 0 8px}
        table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #e3e7ee;border-radius:8px}
        th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eef1f5;vertical-align:top}
        th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#6b7385;background:#fafbfc}
        code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
        pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fb;border:1px solid #e3e7ee;border-radius:6px;padding:8px;margin:6px 0}
        .rule{font-weight:700;color:#b42318;white-space:nowrap}.passed{color:#15803d;font-weight:600}.failed{color:#b42318;font-weight:600}
        .s2{color:#15803d}.s4{color:#b42318}.s5,.s0{color:#9333ea}.fault{color:#9333ea;font-size:12px}
        details summary{cursor:pointer}.muted{color:#6b7385}
        """;
}
