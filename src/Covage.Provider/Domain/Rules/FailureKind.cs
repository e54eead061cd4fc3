namespace Covage.Provider.Domain.Rules;

/// <summary>How a refusal reaches the client: 400, 409, 403, 404 or 429.</summary>
internal enum FailureKind
{
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
    Throttled,
}
