using System.Globalization;
using Viva.Core.Text;

namespace Viva.Core.Mock;

/// <summary>Sentences every rendering of a mock report shares (terminal, Markdown, HTML, web).</summary>
public static class MockText
{
    /// <summary>What the report says when no area needs more study.</summary>
    public const string AllPassed = "Every topic passed. Try a longer mock or a harder level (--level advanced).";

    /// <summary>When, what and how it went, in one line.</summary>
    public static string Summary(MockRecord mock)
    {
        ArgumentNullException.ThrowIfNull(mock);
        var mean = mock.MeanScore is { } m ? string.Create(CultureInfo.InvariantCulture, $"mean grade {m:0.0} / 5") : "nothing answered";
        var level = mock.Level ?? "any level";
        var ended = mock.FinishedAt is null ? " · interrupted" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{mock.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC · {level} · {mock.Answers.Count} of {Plural.Of(mock.Questions, "question")} · {mock.Minutes} min · seed {mock.Seed} · {mean}{ended}");
    }

    /// <summary>Grade and time of one answer, and whether it was a follow-up.</summary>
    public static string AnswerLine(MockAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var grade = answer.Answer.Length == 0 ? "skipped" : answer.Score is { } s ? string.Create(CultureInfo.InvariantCulture, $"grade {s:0.0} / 5") : "not graded";
        var follow = answer.FollowUpOf is { } of ? string.Create(CultureInfo.InvariantCulture, $" · follow-up to {of}") : "";
        return $"{answer.Area} · {grade} · {MockTimer.Format(answer.Duration)}{follow} · id {answer.CardId}";
    }
}
