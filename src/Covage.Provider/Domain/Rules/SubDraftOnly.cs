namespace Covage.Provider.Domain.Rules;

/// <summary>SUB-DRAFT-ONLY: only a draft can be submitted. Checked by the editable-draft guard.</summary>
internal static class SubDraftOnly
{
    public const string Id = "SUB-DRAFT-ONLY";
}
