namespace Covage.Conformance.Targets;

/// <summary>
/// Who calls the API. Primary: the first operator's delivery user; Viewer: its user without a group;
/// OtherOperator: the second operator's delivery user; NoEnniOperator: the first operator without an ENNI;
/// Admin: the first operator's user in group admin.
/// </summary>
internal enum Actor
{
    Primary,
    Viewer,
    OtherOperator,
    NoEnniOperator,
    Anonymous,
    Admin,
}
