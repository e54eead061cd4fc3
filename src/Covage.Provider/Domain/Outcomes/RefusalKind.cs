namespace Covage.Provider.Domain.Outcomes;

/// <summary>How a refusal reaches the client: 400, 409, 403, 404 or 429.</summary>
internal enum RefusalKind
{
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
    Throttled,
}
