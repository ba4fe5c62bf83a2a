using Viva.Core.Questions;

namespace Viva.Core.Mock;

/// <summary>How a mock interview is drawn and timed.</summary>
/// <param name="Track">What it is about.</param>
/// <param name="Questions">How many questions, follow-ups included.</param>
/// <param name="Minutes">The time allowed for the whole interview.</param>
/// <param name="Level">Only questions of this level; null for any.</param>
/// <param name="Seed">Seeds every random choice, so the same seed over the same bank and progress draws the same interview.</param>
public sealed record MockOptions(MockTrack Track, int Questions, int Minutes, Level? Level, int Seed)
{
    /// <summary>Questions in a mock when the user gives neither a count nor a time.</summary>
    public const int DefaultQuestions = 8;

    /// <summary>Minutes for <see cref="DefaultQuestions"/> questions: a typical first-round slot.</summary>
    public const int DefaultMinutes = 45;

    /// <summary>The chance that a question is followed by a related one, as an interviewer digs deeper.</summary>
    public double FollowUpChance { get; init; } = 0.3;

    /// <summary>The time budget of one question.</summary>
    public TimeSpan PerQuestion => TimeSpan.FromMinutes((double)Minutes / Math.Max(1, Questions));

    /// <summary>
    /// Fills in what the user left out: 8 questions in 45 minutes by default, and otherwise the same pace
    /// (about 5½ minutes a question) for whichever of the two is given.
    /// </summary>
    public static (int Questions, int Minutes) Length(int? questions, int? minutes) => (questions, minutes) switch
    {
        ({ } q, { } m) => (q, m),
        ({ } q, null) => (q, Math.Max(1, (int)Math.Round(q * (double)DefaultMinutes / DefaultQuestions, MidpointRounding.AwayFromZero))),
        (null, { } m) => (Math.Max(1, (int)Math.Round(m * (double)DefaultQuestions / DefaultMinutes, MidpointRounding.AwayFromZero)), m),
        _ => (DefaultQuestions, DefaultMinutes),
    };
}
