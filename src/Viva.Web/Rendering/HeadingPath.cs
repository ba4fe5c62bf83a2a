namespace Viva.Web.Rendering;

/// <summary>
/// An imported question's enclosing headings, short enough for a list row: the outermost and the innermost heading
/// with "…" for those between, each cut to a readable length. The full path goes in the element's title.
/// </summary>
public static class HeadingPath
{
    private const string Separator = " › ";
    private const int LongestHeading = 40;

    /// <summary>Every heading, outermost first.</summary>
    public static string Full(IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        return string.Join(Separator, headings);
    }

    /// <summary>At most three parts: the first heading, "…" and the last; long headings cut with "…".</summary>
    public static string Compact(IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        IEnumerable<string> parts = headings.Count <= 2 ? headings : [headings[0], "…", headings[^1]];
        return string.Join(Separator, parts.Select(Cut));
    }

    private static string Cut(string heading) => heading.Length <= LongestHeading ? heading : heading[..(LongestHeading - 1)].TrimEnd() + "…";
}
