namespace Viva.Core.Grading;

/// <summary>Shortens a quoted passage of an answer for feedback without dropping the words that earned the credit.</summary>
public static class QuoteText
{
    /// <summary>
    /// The passage on one line; when longer than <paramref name="max"/> characters, its start and its end joined by
    /// "…". A covering passage begins and ends with matched words, so both ends are the ones worth keeping.
    /// </summary>
    public static string Elide(string passage, int max)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var flat = string.Join(' ', passage.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max || max < 8)
        {
            return flat;
        }

        var head = flat[..((max - 1) / 2)];
        var tail = flat[^((max - 1) - head.Length)..];
        var headCut = head.LastIndexOf(' ');
        var tailCut = tail.IndexOf(' ', StringComparison.Ordinal);
        return (headCut > head.Length / 2 ? head[..headCut] : head).TrimEnd() + " … " + (tailCut >= 0 && tailCut < tail.Length / 2 ? tail[(tailCut + 1)..] : tail).TrimStart();
    }
}
