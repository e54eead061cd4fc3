namespace Covage.Provider.Domain.Orders;

/// <summary>What the operator tries to do to a draft; the editable-draft guard names the rule that refuses it elsewhere.</summary>
internal enum DraftAction
{
    Modify,
    ModifyAddress,
    ModifyOtp,
    Submit,
    Delete,
}
