namespace Viva.Core.Questions;

/// <summary>Converts between <see cref="Level"/> and the words documents use for it.</summary>
public static class LevelNames
{
    private static readonly Dictionary<string, Level> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["basic"] = Level.Basic,
        ["beginner"] = Level.Basic,
        ["easy"] = Level.Basic,
        ["elementary"] = Level.Basic,
        ["entry"] = Level.Basic,
        ["junior"] = Level.Basic,
        ["intermediate"] = Level.Intermediate,
        ["medium"] = Level.Intermediate,
        ["moderate"] = Level.Intermediate,
        ["mid"] = Level.Intermediate,
        ["advanced"] = Level.Advanced,
        ["hard"] = Level.Advanced,
        ["expert"] = Level.Advanced,
        ["difficult"] = Level.Advanced,
        ["senior"] = Level.Advanced,
    };

    /// <summary>The contract spelling: <c>basic</c>, <c>intermediate</c> or <c>advanced</c>.</summary>
    public static string ToName(this Level level) => level switch
    {
        Level.Basic => "basic",
        Level.Intermediate => "intermediate",
        Level.Advanced => "advanced",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };

    /// <summary>Reads one level word (basic, easy, medium, hard, expert…); null when it is not one.</summary>
    public static Level? FromWord(string? word) =>
        word is not null && Words.TryGetValue(word.Trim(), out var level) ? level : null;
}
