namespace GuidanceBot.Tests.Support;

/// <summary>
/// Browser tests run on their own, after the parallel tests: a Chromium page on a loaded 2-core machine otherwise
/// misses its timeouts while dozens of hosts start beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
