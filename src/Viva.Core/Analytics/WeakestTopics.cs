namespace Viva.Core.Analytics;

/// <summary>The topics to practise first: lowest mean recall now (new cards count 0), ties by name.</summary>
public static class WeakestTopics
{
    /// <summary>The <paramref name="count"/> weakest of <paramref name="topics"/>, weakest first.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<TopicReadiness> topics, int count)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return [.. topics.OrderBy(t => t.MeanRecall).ThenBy(t => t.Topic, StringComparer.Ordinal).Take(Math.Max(0, count)).Select(t => t.Topic)];
    }
}
