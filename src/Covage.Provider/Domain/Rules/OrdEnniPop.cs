using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// ORD-ENNI-POP: an ENNI order carries the POP that hosts the ENNI (<c>pop {address, code, housing,
/// interface}</c>, shown by the v1 view, 000) and a GTR of 4H-24/7 by default (002).
/// </summary>
internal static class OrdEnniPop
{
    public const string Id = "ORD-ENNI-POP";

    /// <summary>The v1 field, kept among the fields only v1 shows (<see cref="Orders.Order.Extras"/>).</summary>
    public const string Field = "pop";

    public const string DefaultGtr = "4h_24_7";

    /// <summary>An ENNI order's options: the GTR, 4H-24/7 unless Covage sold another.</summary>
    public static JsonObject Options(string gtr = DefaultGtr) => new()
    {
        ["gtr"] = new JsonObject { ["enabled"] = true, ["value"] = gtr, ["default_value"] = DefaultGtr },
    };
}
