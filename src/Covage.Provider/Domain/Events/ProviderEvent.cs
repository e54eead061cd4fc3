using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Events;

/// <summary>One event of the feed. <see cref="Sequence"/> is its creation rank: unique and increasing.</summary>
internal sealed record ProviderEvent(
    string Uuid,
    long Sequence,
    string Type,
    string ObjectType,
    string ObjectUuid,
    string OperatorUuid,
    DateTimeOffset CreationDate,
    DateTimeOffset EventDate,
    JsonNode? Data);
