using System.CommandLine;
using Spectre.Console;
using Viva.Core.Questions;

namespace Viva.Cli.Commands;

/// <summary>Options shared by the browsing commands.</summary>
internal static class BrowseOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table" };

    public static Option<string?> Level()
    {
        var option = new Option<string?>("--level") { Description = "Only questions of this level: basic, intermediate or advanced" };
        option.AcceptOnlyFromAmong("basic", "intermediate", "advanced");
        return option;
    }

    public static Level? ParseLevel(string? value) => value is null ? null : LevelNames.FromWord(value);

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A document path kept to <paramref name="max"/> characters by dropping its start (the file name matters most).</summary>
    public static string ShortenPath(string path, int max) => path.Length <= max ? path : "…" + path[^(max - 1)..];

    /// <summary>A table column for ids and paths: never wrapped, so a token is never broken in the middle.</summary>
    public static TableColumn Token(string header) => new TableColumn(header).NoWrap();
}
