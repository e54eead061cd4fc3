namespace Covage.Pact.Provider;

/// <summary>How the verifier tells the provider which state to set up.</summary>
public enum ProviderStateBodyMode
{
    /// <summary>POST with a JSON body <c>{"action","state","params"}</c>.</summary>
    JsonBody,

    /// <summary>POST with <c>?action=...&amp;state=...</c> and parameters in the query, no body.</summary>
    Query,
}
