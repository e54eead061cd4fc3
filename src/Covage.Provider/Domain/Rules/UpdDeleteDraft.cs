namespace Covage.Provider.Domain.Rules;

/// <summary>UPD-DELETE-DRAFT: only a draft can be deleted. Checked by the editable-draft guard.</summary>
internal static class UpdDeleteDraft
{
    public const string Id = "UPD-DELETE-DRAFT";
}
