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
}
