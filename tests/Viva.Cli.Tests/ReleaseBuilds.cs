namespace Viva.Cli.Tests;

/// <summary>
/// Tests that build the CLI for release into the checkout's own build folders (the README's pack and publish): they
/// share those folders, so they run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuilds
{
    /// <summary>The collection's name.</summary>
    public const string Name = "release builds";
}
