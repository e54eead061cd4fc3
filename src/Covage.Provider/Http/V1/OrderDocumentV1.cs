using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Http.V1;

/// <summary>
/// The fields a v1 client may write on an order (UPD-V1-WHITELIST), read from a create or PUT body and
/// already translated to the kit's spelling. <see cref="Violations"/> lists wrong JSON types and
/// broken v1 rules, reported together with the domain's own checks.
/// </summary>
internal sealed record OrderDocumentV1(
    JsonObject? Owner,
    JsonObject? OwnerContact,
    string? ContactUuid,
    JsonObject? Options,
    string? OrderRef,
    string? OrderName,
    string? Comment,
    JsonObject? Enni,
    string? BatchAlias,
    List<Violation> Violations);
