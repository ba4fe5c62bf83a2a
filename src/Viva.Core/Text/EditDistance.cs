namespace Viva.Core.Text;

/// <summary>Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded.</summary>
public static class EditDistance
{
    private const int MaxLength = 64;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are at most <paramref name="limit"/> edits apart.</summary>
    public static bool AtMost(string a, string b, int limit) => Bounded(a, b, limit) <= limit;

    /// <summary>The distance, or <paramref name="limit"/> + 1 as soon as it is sure to exceed <paramref name="limit"/>.</summary>
    public static int Bounded(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return string.Equals(a, b, StringComparison.Ordinal) ? 0 : limit + 1;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
