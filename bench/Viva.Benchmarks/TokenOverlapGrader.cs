namespace Viva.Benchmarks;

/// <summary>
/// The baseline the lexical grader's cost is measured against: the share of the reference's and key
/// points' distinct lower-cased words that the answer also uses, times 5. No stemming, lexicon or alignment.
/// </summary>
public static class TokenOverlapGrader
{
    public static double Grade(Viva.Core.Grading.GradingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = Words(request.ReferenceAnswer + " " + string.Join(' ', request.KeyPoints));
        if (target.Count == 0)
        {
            return 0;
        }

        var answer = Words(request.Answer);
        return 5.0 * target.Count(answer.Contains) / target.Count;
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries)];

    private static readonly char[] Separators = [.. Enumerable.Range(0, 128).Select(i => (char)i).Where(c => !char.IsLetterOrDigit(c))];
}
