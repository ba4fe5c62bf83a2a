using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Key points marked <c>(optional)</c> in the bank: extras a strong answer may add but a complete one need
/// not. They are credited when the answer makes them and never listed as missed, and the score is made
/// from the required points alone, so mentioning or leaving out an extra never lowers a grade.
/// </summary>
public static partial class OptionalKeyPoints
{
    /// <summary>The marker that opens an optional key point.</summary>
    public const string Marker = "(optional)";

    /// <summary>True when <paramref name="keyPoint"/> opens with the marker (also in italics: <c>*(optional)*</c>).</summary>
    public static bool IsOptional(string? keyPoint) => keyPoint is not null && MarkerPattern().IsMatch(keyPoint);

    /// <summary>The key point without its marker.</summary>
    public static string Strip(string keyPoint)
    {
        ArgumentNullException.ThrowIfNull(keyPoint);
        var match = MarkerPattern().Match(keyPoint);
        return match.Success ? keyPoint[match.Length..] : keyPoint;
    }

    /// <summary>
    /// Grades <paramref name="request"/> with <paramref name="grade"/>: the required points make the score and the
    /// missed list; the optional ones, graded apart, add to the covered list (under their marked text, in the
    /// request's order) or go to <see cref="GradeResult.OptionalMissed"/>. A request whose points are all
    /// optional is graded as if none were.
    /// </summary>
    public static GradeResult Grade(GradingRequest request, Func<GradingRequest, GradeResult> grade)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(grade);
        var points = request.KeyPoints ?? [];
        var optional = points.Where(IsOptional).ToList();
        if (optional.Count == 0)
        {
            return grade(request);
        }

        if (optional.Count == points.Count)
        {
            return Restore(grade(request with { KeyPoints = [.. points.Select(Strip)] }), points);
        }

        var required = grade(request with { KeyPoints = [.. points.Where(p => !IsOptional(p))] });
        var extras = Restore(grade(request with { KeyPoints = [.. optional.Select(Strip)], ExpectedNumber = null }), optional);
        var order = points.Select((p, i) => (p, i)).GroupBy(x => x.p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return required with
        {
            Covered = [.. required.Covered.Concat(extras.Covered).OrderBy(c => order.GetValueOrDefault(c.KeyPoint, int.MaxValue))],
            OptionalMissed = extras.Missed,
            Contradictions = [.. required.Contradictions, .. extras.Contradictions],
        };
    }

    /// <summary>
    /// Moves the optional points of <paramref name="result"/>'s missed list to <see cref="GradeResult.OptionalMissed"/>,
    /// for a grader that judged every point at once (the LLM grader) and whose score is its own.
    /// </summary>
    public static GradeResult SetAside(GradeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Missed.Any(IsOptional)
            ? result with { Missed = [.. result.Missed.Where(p => !IsOptional(p))], OptionalMissed = [.. result.Missed.Where(IsOptional)] }
            : result;
    }

    // The grader saw the points without their markers; give each back the text the bank wrote.
    private static GradeResult Restore(GradeResult result, IReadOnlyList<string> marked)
    {
        var byStripped = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var point in marked)
        {
            byStripped.TryAdd(Strip(point), point);
        }

        string Back(string point) => byStripped.GetValueOrDefault(point, point);
        return result with
        {
            Covered = [.. result.Covered.Select(c => c with { KeyPoint = Back(c.KeyPoint) })],
            Missed = [.. result.Missed.Select(Back)],
            Partial = [.. result.Partial.Select(c => c with { KeyPoint = Back(c.KeyPoint) })],
        };
    }

    [GeneratedRegex(@"^\s*(?:\*|_)?\(optional\)(?:\*|_)?\s*[:—-]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerPattern();
}
