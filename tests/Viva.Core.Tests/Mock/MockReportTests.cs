using Viva.Core.Mock;
using Viva.Tests.Support;

namespace Viva.Core.Tests.Mock;

public sealed class MockReportTests
{
    private static MockAnswer Answer(int position, string area, double? score, string answer = "some words", params string[] missed) =>
        new(position, $"q{position}", area, $"Question {position}?", null, answer, score, ["a covered point"], missed, "The **reference**.", TimeSpan.FromSeconds(90 + position));

    private static MockRecord Mock(params MockAnswer[] answers) =>
        new(7, "local", new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 5, 10, 40, 0, TimeSpan.Zero),
            "ML engineer", null, 42, answers.Length, 45, answers);

    [Fact]
    public void Readiness_is_per_area_and_study_next_lists_the_weak_areas_weakest_first_with_their_misses()
    {
        var report = MockReport.From(Mock(
            Answer(1, "classical-ml", 4.5),
            Answer(2, "nlp-llm", 1.0, missed: "attention weights sum to one"),
            Answer(3, "nlp-llm", null, answer: ""),
            Answer(4, "evaluation", 3.0, missed: "precision is TP / (TP + FP)")));

        Assert.Equal(["nlp-llm", "evaluation", "classical-ml"], report.Topics.Select(t => t.Area));
        Assert.Equal(0.1, report.Topics[0].Readiness, 3);
        Assert.Equal(0.9, report.Topics[2].Readiness, 3);
        Assert.Equal(["nlp-llm", "evaluation"], report.StudyNext.Select(a => a.Area));
        Assert.Equal(["attention weights sum to one"], report.StudyNext[0].Missed);
        Assert.Equal(["q3", "q2"], report.StudyNext[0].Questions);
        Assert.Equal("viva practice --topic nlp-llm", report.StudyNext[0].Command);
    }

    [Fact]
    public void When_every_area_passes_there_is_nothing_to_study_next()
    {
        var report = MockReport.From(Mock(Answer(1, "classical-ml", 4.0), Answer(2, "math", 5)));
        Assert.Empty(report.StudyNext);
        Assert.Contains(MockText.AllPassed, MockMarkdownRenderer.Render(report));
    }

    [Fact]
    public void Markdown_export_holds_each_question_with_grade_time_key_points_and_reference()
    {
        var markdown = MockMarkdownRenderer.Render(MockReport.From(Mock(Answer(1, "nlp-llm", 2.0, missed: "scaled by √d"))));
        Assert.Contains("# Mock interview 7: ML engineer", markdown);
        Assert.Contains("| nlp-llm | 1 | 2.0 / 5 | 40% |", markdown);
        Assert.Contains("## 1. Question 1?", markdown);
        Assert.Contains("nlp-llm · grade 2.0 / 5 · 1:31 · id q1", markdown);
        Assert.Contains("- ✓ a covered point", markdown);
        Assert.Contains("- ✗ scaled by √d", markdown);
        Assert.Contains("The **reference**.", markdown);
    }

    [Fact]
    public void Html_export_escapes_what_the_user_typed_and_renders_no_raw_html()
    {
        var hostile = Answer(1, "nlp-llm", 1.0, answer: "<script>alert(1)</script> & more") with { Reference = "Text <img src=x onerror=alert(1)> here." };
        var html = MockHtmlRenderer.Render(MockReport.From(Mock(hostile)));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html);
        Assert.StartsWith("<!DOCTYPE html>", html);
    }

    [Fact]
    public void The_timer_tracks_the_interview_and_the_question_against_its_share()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));
        var timer = new MockTimer(clock, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5));
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(timer.QuestionOverrun);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(timer.QuestionOverrun);
        Assert.Equal("6:00", MockTimer.Format(timer.Elapsed));
        Assert.Equal("4:00", MockTimer.Format(timer.Remaining));

        timer.NextQuestion();
        clock.Advance(TimeSpan.FromSeconds(65));
        Assert.Equal("1:05", MockTimer.Format(timer.OnQuestion));
        Assert.False(timer.IsOver);
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(timer.IsOver);
        Assert.Equal(TimeSpan.Zero, timer.Remaining);
    }
}
