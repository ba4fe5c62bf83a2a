using Viva.Core.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>The install commands exactly as README.md gives them, so that a test of them is a test of the README.</summary>
internal static class ReadmeCommands
{
    /// <summary>The README's line that starts with <paramref name="start"/>, split into commands at <c>&amp;&amp;</c> and into words at spaces.</summary>
    public static IReadOnlyList<string[]> Line(string start)
    {
        var line = File.ReadLines(Path.Combine(Repo.Root, "README.md")).Single(l => l.StartsWith(start, StringComparison.Ordinal));
        return [.. line.Split("&&", StringSplitOptions.TrimEntries).Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    }

    /// <summary><paramref name="command"/> with every word <paramref name="from"/> replaced by the words <paramref name="to"/>.</summary>
    public static string[] Replace(this string[] command, string from, params string[] to) =>
        [.. command.SelectMany(word => word == from ? to : [word])];
}
