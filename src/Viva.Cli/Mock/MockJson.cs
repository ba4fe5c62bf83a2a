using System.Globalization;
using Viva.Core.Mock;

namespace Viva.Cli.Mock;

/// <summary>Saved mocks and mock reports as <c>viva mock --history --json</c> and <c>--show ID --json</c> print them (snake_case keys, as every <c>--json</c>).</summary>
public static class MockJson
{
    /// <summary>One row per saved mock, newest first as the store gives them.</summary>
    public static object History(IReadOnlyList<MockRecord> mocks)
    {
        ArgumentNullException.ThrowIfNull(mocks);
        return new { mocks = mocks.Select(Summary) };
    }

    /// <summary>A mock's report: the answers, readiness per area, and what to study next.</summary>
    public static object Report(MockReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new
        {
            mock = Summary(report.Mock),
            answers = report.Mock.Answers.Select(a => new
            {
                position = a.Position,
                card_id = a.CardId,
                area = a.Area,
                question = a.Question,
                follow_up_of = a.FollowUpOf,
                answer = a.Answer,
                skipped = a.Answer.Length == 0,
                score = a.Score is { } s ? Math.Round(s, 2) : (double?)null,
                covered = a.Covered,
                missed = a.Missed,
                reference = a.Reference,
                seconds = Math.Round(a.Duration.TotalSeconds, 1),
            }),
            topics = report.Topics.Select(t => new
            {
                area = t.Area,
                questions = t.Questions,
                mean_score = Math.Round(t.MeanScore, 2),
                readiness = Math.Round(t.Readiness, 4),
            }),
            study_next = report.StudyNext.Select(s => new
            {
                area = s.Area,
                mean_score = Math.Round(s.MeanScore, 2),
                missed = s.Missed,
                questions = s.Questions,
                command = s.Command,
            }),
        };
    }

    private static object Summary(MockRecord mock) => new
    {
        id = mock.Id,
        started_at = Time(mock.StartedAt),
        finished_at = mock.FinishedAt is { } finished ? Time(finished) : null,
        status = mock.FinishedAt is null ? "interrupted" : "finished",
        track = mock.Track,
        level = mock.Level,
        seed = mock.Seed,
        questions = mock.Questions,
        minutes = mock.Minutes,
        answered = mock.Answers.Count,
        mean_score = mock.MeanScore is { } m ? Math.Round(m, 2) : (double?)null,
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
