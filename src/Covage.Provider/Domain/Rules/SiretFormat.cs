using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>SIRET-FORMAT: a SIRET number is exactly 14 ASCII digits (the kit's reading of the pages' example).</summary>
internal static class SiretFormat
{
    public const string Id = "SIRET-FORMAT";

    public static void Check(JsonObject customer, List<Violation> violations)
    {
        if (Json.String(customer["siret"]) is { } siret && (siret.Length != 14 || !siret.All(char.IsAsciiDigit)))
        {
            violations.Add(new(Id, "end_customer.siret", "A SIRET number is exactly 14 digits."));
        }
    }
}
