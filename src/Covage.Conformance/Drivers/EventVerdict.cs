namespace Covage.Conformance.Drivers;

/// <summary>One cell of the events matrix.</summary>
internal enum EventVerdict
{
    Allowed,
    Forbidden,
    NotJudged,
}
