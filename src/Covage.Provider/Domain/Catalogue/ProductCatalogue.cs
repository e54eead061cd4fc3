namespace Covage.Provider.Domain.Catalogue;

/// <summary>
/// The seeded catalogue. The option table and the request types per technology are the kit's
/// data for CRT-OPTIONS-BY-FAMILY, CRT-REQUEST-TYPE-COPPER and CRT-REQUEST-TYPE-FIBER: change them here.
/// </summary>
internal sealed class ProductCatalogue
{
    public static readonly IReadOnlyList<string> CopperRequestTypes = ["activate", "create", "create_nearby", "create_neighbour"];
    public static readonly IReadOnlyList<string> FiberRequestTypes = ["create", "activate_defined", "activate_undefined"];

    public static readonly IReadOnlyList<OptionDefinition> Options =
    [
        new("gtr", OptionKind.Value, "ASMFE", Values: ["4h_bhbd", "4h_24_7", "10h_bhbd"], DefaultValue: "10h_bhbd"),
        new("contract_term", OptionKind.Value, "ASMFE", Values: ["12_months", "24_months", "36_months"], DefaultValue: "12_months"),
        new("internal_cabling", OptionKind.Boolean, "ASME"),
        new("portability", OptionKind.Portability, "ASM"),
        new("unlisted_number", OptionKind.Boolean, "ASM"),
        new("patch_panel", OptionKind.Boolean, "E"),
        new("enni_redundancy", OptionKind.Boolean, "SE"),
        new("cpe_install", OptionKind.Boolean, "F"),
        new("installation_expert", OptionKind.Value, "F", Values: ["standard", "premium"], DefaultValue: "standard"),
        new("guaranteed_bandwidth", OptionKind.Value, "F", Values: ["100M", "200M", "500M", "1G"], DefaultValue: "100M"),
        new("demarcation_device", OptionKind.Boolean, "F"),
        new("double_otp", OptionKind.Boolean, "F", RequestTypes: ["create"]),
        new("otp_displacement", OptionKind.Boolean, "F", RequestTypes: ["activate_defined", "activate_undefined"]),
    ];

    private readonly Dictionary<string, Product> _byCode;
    private readonly Dictionary<string, OptionDefinition> _options;

    public ProductCatalogue(IEnumerable<Product> products)
    {
        Products = [.. products];
        _byCode = Products.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _options = Options.ToDictionary(o => o.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Product> Products { get; }

    public Product? Find(string code) => _byCode.GetValueOrDefault(code);

    public static OptionDefinition? FindOption(string code) =>
        Options.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.Ordinal));

    public static IReadOnlyList<string> RequestTypesFor(Technology technology) =>
        technology == Technology.Fiber ? FiberRequestTypes : CopperRequestTypes;

    public IReadOnlyCollection<OptionDefinition> AllOptions => _options.Values;

    public static ProductCatalogue Seeded()
    {
        ProductFamily F(string uuid, string code, string name, string description, Technology t) => new(uuid, code, name, description, t);
        var adsl = F("rsvjvpsy", "A", "ADSL", "ADSL * technology : ADSL, VDSL, READSL", Technology.Copper);
        var sdsl = F("q2k8d7xa", "S", "SDSL", "SDSL", Technology.Copper);
        var sdslMax = F("m4pz9c1e", "M", "SDSL Max", "SDSL Max * bonded pairs", Technology.Copper);
        var enni = F("n7ew3r5t", "N", "ENNI", "ENNI * collection port", Technology.Enni);
        var fiberPro = F("yy2ekd7i", "F", "FIBR", "Fiber Pro", Technology.Fiber);
        var fiberEnterprise = F("e8fb2k4m", "E", "FIBE", "Fiber Enterprise", Technology.Fiber);

        var am = new ProductLine("flfwzx11", "AM", "ADSL-Max", "ADSL-MAX * Best of ADSL products", adsl);
        var sd = new ProductLine("s4d8l1n2", "SD", "SDSL-4M", "SDSL-4M * Rate : 4 Mbits", sdsl);
        var sm = new ProductLine("s9m2x7q1", "SM", "SDSL-Max", "SDSL-Max * up to 20 Mbits", sdslMax);
        var en = new ProductLine("e2n7i4x9", "EN", "ENNI", "ENNI * delivery port", enni);
        var fp = new ProductLine("5emhd73x", "FP", "PRO-FIBER", "Professional Fiber", fiberPro);
        var fe = new ProductLine("f3e9n2t5", "FE", "ENTERPRISE-FIBER", "Enterprise Fiber * dedicated", fiberEnterprise);

        return new ProductCatalogue(
        [
            new("b9snx9ba", "AM01", "ADSL-Max_FULL_BE_KOSC", "ADSL Max * FULL unbundling * Best Effort * KOSC", am),
            new("b9snx9bb", "AM02", "ADSL-Max_SHARED_BE_KOSC", "ADSL Max * SHARED unbundling * Best Effort * KOSC", am),
            new("c1sdx4aa", "SD01", "SDSL-4M-PREMIUM-G-1P-KOSC", "SDSL 4Mbit/s PREMIUM * Guaranteed * 1 pair * KOSC", sd),
            new("c1sdx4ab", "SD02", "SDSL-8M-PREMIUM-G-2P-KOSC", "SDSL 8Mbit/s PREMIUM * Guaranteed * 2 pairs * KOSC", sd),
            new("d7smx2aa", "SM01", "SDSL-MAX-20M-KOSC", "SDSL Max 20Mbit/s * Guaranteed * KOSC", sm),
            new("e5enx1aa", "EN01", "ENNI-10G-KOSC", "ENNI 10 Gbit/s * delivery port * KOSC", en),
            new("v7cqyjdb", "FP01", "PROFESSIONAL-FIBER 1000", "PROFESSIONAL FIBER 1000/250 Mbit/s", fp),
            new("v7cqyjdc", "FP02", "PROFESSIONAL-FIBER 500", "PROFESSIONAL FIBER 500/250 Mbit/s", fp),
            new("v7cqyjdf", "FP05", "PROFESSIONAL-FIBER 1000 ONT", "PROFESSIONAL FIBER 1000/250 Mbit/s * ONT installation", fp),
            new("w3fex8aa", "FE01", "ENTERPRISE-FIBER 1G", "ENTERPRISE FIBER 1 Gbit/s symmetrical * dedicated", fe),
        ]);
    }
}
