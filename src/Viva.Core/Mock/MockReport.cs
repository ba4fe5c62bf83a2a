namespace Viva.Core.Mock;

/// <summary>What a mock interview says: the answers, a readiness figure per area, and what to study next.</summary>
/// <param name="Mock">The saved mock.</param>
/// <param name="Topics">Per area, weakest first.</param>
/// <param name="StudyNext">Areas to study next, weakest first; empty when every area passed.</param>
public sealed record MockReport(MockRecord Mock, IReadOnlyList<TopicScore> Topics, IReadOnlyList<StudyAdvice> StudyNext)
{
    /// <summary>The mean grade from which an area needs no more study for now (a "good" answer, as practice suggests Good from 3).</summary>
    public const double PassScore = 3.5;

    private const int MaxAdvice = 3;
    private const int MaxMissed = 3;

    /// <summary>Builds the report of <paramref name="mock"/>.</summary>
    public static MockReport From(MockRecord mock)
    {
        ArgumentNullException.ThrowIfNull(mock);
        var topics = mock.Answers.GroupBy(a => a.Area, StringComparer.Ordinal)
            .Select(g => new TopicScore(g.Key, g.Count(), g.Average(a => a.Score ?? 0)))
            .OrderBy(t => t.MeanScore).ThenBy(t => t.Area, StringComparer.Ordinal)
            .ToList();
        var advice = topics.Where(t => t.MeanScore < PassScore).Take(MaxAdvice).Select(t =>
        {
            var answers = mock.Answers.Where(a => a.Area == t.Area).OrderBy(a => a.Score ?? 0).ToList();
            return new StudyAdvice(t.Area, t.MeanScore,
                [.. answers.SelectMany(a => a.Missed).Distinct(StringComparer.Ordinal).Take(MaxMissed)],
                [.. answers.Where(a => (a.Score ?? 0) < PassScore).Select(a => a.CardId)]);
        }).ToList();
        return new MockReport(mock, topics, advice);
    }
}
