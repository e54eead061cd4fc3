namespace Covage.Provider.Domain.Rules;

/// <summary>UPD-DRAFT-ONLY: only a draft can be modified (the order, a bound, an endpoint, a v1 PUT). Checked by the editable-draft guard.</summary>
internal static class UpdDraftOnly
{
    public const string Id = "UPD-DRAFT-ONLY";
}
