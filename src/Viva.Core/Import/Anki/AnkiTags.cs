using Viva.Core.Questions;

namespace Viva.Core.Import.Anki;

/// <summary>
/// Topics and levels as Anki tags. A tag cannot hold a space, so spaces become underscores (and back); the level is the
/// tag <c>level::basic</c> (a bare <c>basic</c>, <c>intermediate</c> or <c>advanced</c> is read too).
/// </summary>
public static class AnkiTags
{
    private const string LevelPrefix = "level::";

    // Anki adds these itself; they say nothing about the topic.
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase) { "leech", "marked" };

    /// <summary>The tags for a question's topics and level, without repeats.</summary>
    public static IReadOnlyList<string> From(IEnumerable<string> topics, Level? level)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var tags = topics.Select(ToTag).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (level is { } known)
        {
            tags.Add(LevelPrefix + known.ToName());
        }

        return tags;
    }

    /// <summary>The topics and level that <paramref name="tags"/> stand for.</summary>
    public static (IReadOnlyList<string> Topics, Level? Level) Read(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var topics = new List<string>();
        Level? level = null;
        foreach (var tag in tags)
        {
            var word = tag.StartsWith(LevelPrefix, StringComparison.OrdinalIgnoreCase) ? tag[LevelPrefix.Length..] : tag;
            if ((word != tag || word is "basic" or "intermediate" or "advanced") && LevelNames.FromWord(word) is { } found)
            {
                level ??= found;
            }
            else if (!Bookkeeping.Contains(tag))
            {
                topics.Add(tag.Replace('_', ' ').Trim());
            }
        }

        return (topics.Where(t => t.Length > 0).ToList(), level);
    }

    private static string ToTag(string topic) =>
        string.Join('_', topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
