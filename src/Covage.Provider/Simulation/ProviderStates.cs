using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation;

internal static class ProviderStates
{
    public static IResult Handle() => Results.Ok();
}
