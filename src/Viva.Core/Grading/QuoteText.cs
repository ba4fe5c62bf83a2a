namespace Viva.Core.Grading;

/// <summary>Shortens a quoted passage of an answer for feedback without dropping the words that earned the credit.</summary>
public static class QuoteText
{
    // How far past a quote's last word a bracket it opened may close: "2(w - 3" ends at "3", its ")" follows.
    private const int CloseReach = 8;

    /// <summary>
    /// <paramref name="point"/> with its quote reaching the brackets it opens and leaves open, when they close just after
    /// it in <paramref name="answer"/> ("2(w - 3)" rather than "2(w - 3"); otherwise unchanged.
    /// </summary>
    public static CoveredPoint Closed(string answer, CoveredPoint point)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(point);
        if (point.Start < 0 || point.Length <= 0 || point.Start + point.Length > answer.Length)
        {
            return point;
        }

        var open = 0;
        foreach (var c in answer.AsSpan(point.Start, point.Length))
        {
            open += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
        }

        var end = point.Start + point.Length;
        for (var p = end; open > 0 && p < answer.Length && p < end + CloseReach && answer[p] is not ('\n' or '.' or '(' or '['); p++)
        {
            if (answer[p] is ')' or ']' && --open == 0)
            {
                return point with { Length = p + 1 - point.Start };
            }
        }

        return point;
    }

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
