namespace Covage.Provider.Tests.Console;

/// <summary>The browser tests share one chromium (<see cref="Chromium"/>) and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleBrowsers : ICollectionFixture<Chromium>
{
    public const string Name = "console";
}
