using System.Text.Json;
using System.Text.RegularExpressions;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>Drives <c>viva mock</c> in-process with scripted answers, then reads the saved report back.</summary>
public sealed partial class MockCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new() { Clock = new ManualClock(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero)) };

    // Words alone: follow-ups come from shared tags, and no model loads in the test.
    public MockCommandTests() => _viva.Environment["VIVA_ENCODER"] = "off";

    public void Dispose() => _viva.Dispose();

    // One answer, a skip (s), then a typed answer with markup in it; more lines than questions is harmless.
    private const string Script = "Regularization adds a penalty on the weights to the loss to reduce overfitting.\n\ns\nIt uses <b>gradients</b> & more.\n\n";

    private static List<string> Questions(string output) => [.. QuestionLine().Matches(output).Select(m => m.Groups[1].Value)];

    // The question is the line under the timer.
    [GeneratedRegex(@"⏱[^\n]*\n(?:Follow-up: )?([^\n]+)")]
    private static partial Regex QuestionLine();

    [Fact]
    public async Task A_scripted_mock_is_graded_reported_and_saved_without_touching_practice()
    {
        // When
        var (code, output, error) = await _viva.RunWithInputAsync(Script, "mock", "--questions", "3", "--seed", "11");

        // Then: three questions with the timer, then the report
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Viva mock 1 — ML engineer · 3 questions · 17 min (about 5:40 each) · any level · seed 11", output);
        Assert.Contains("Question 1/3", output);
        Assert.Contains("Question 3/3", output);
        Assert.Contains("⏱ 0:00 elapsed · 17:00 left", output);
        Assert.Contains("✓ Skipped · 0:00", output);
        Assert.Contains("Mock 1 report: ML engineer", output);
        Assert.Contains("3 of 3 questions", output);
        Assert.Contains("Readiness per topic", output);
        Assert.Contains("Study next", output);
        Assert.Contains("viva practice --topic", output);
        Assert.Contains("Reference answer", output);
        Assert.Matches(@"Score \d(\.\d+)? / 5", output);
        Assert.Contains("Saved as mock 1: viva mock --show 1", output);

        // Grades stay hidden until the report with --reveal end (the default): the first score comes after the report starts.
        Assert.True(output.IndexOf("Score ", StringComparison.Ordinal) > output.IndexOf("Mock 1 report", StringComparison.Ordinal));

        // And practice is untouched: no review logged, no card started
        var (_, json, _) = await _viva.RunAsync("stats", "--json");
        var stats = JsonDocument.Parse(json).RootElement;
        Assert.Equal(0, stats.GetProperty("today").GetProperty("done").GetInt32());
        Assert.Equal(0, stats.GetProperty("topics").EnumerateArray().Sum(t => t.GetProperty("studied").GetInt32()));
    }

    [Fact]
    public async Task The_same_seed_asks_the_same_questions_and_reveal_each_grades_after_every_answer()
    {
        var first = await _viva.RunWithInputAsync(Script, "mock", "--questions", "3", "--seed", "5");
        var again = await _viva.RunWithInputAsync(Script, "mock", "--questions", "3", "--seed", "5", "--reveal", "each");

        Assert.Equal(3, Questions(first.Out).Distinct().Count());
        Assert.Equal(Questions(first.Out), Questions(again.Out));
        Assert.True(again.Out.IndexOf("Score ", StringComparison.Ordinal) < again.Out.IndexOf("Mock 2 report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_custom_track_asks_only_its_topics_and_q_ends_the_mock_with_a_report_of_what_was_answered()
    {
        var (code, output, _) = await _viva.RunWithInputAsync("Variance measures spread around the mean.\n\nq\n",
            "mock", "--track", "custom", "--topics", "statistics-probability", "--questions", "4", "--seed", "2", "--level", "basic");

        Assert.Equal(0, code);
        Assert.Contains("Custom: statistics-probability", output);
        Assert.Contains("Question 1/4 · statistics-probability · basic", output);
        Assert.Contains("Mock ended early.", output);
        Assert.Contains("1 of 4 questions", output);
        Assert.Contains("| statistics-probability |", (await ExportAsync(1)).Markdown);
    }

    private async Task<(string Markdown, string Html)> ExportAsync(int id)
    {
        var markdown = Path.Combine(_viva.Home, "report.md");
        var html = Path.Combine(_viva.Home, "report.html");
        var (code, _, error) = await _viva.RunAsync("mock", "--show", $"{id}", "--markdown", markdown, "--html", html);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        return (File.ReadAllText(markdown), File.ReadAllText(html));
    }

    [Fact]
    public async Task History_lists_saved_mocks_and_show_exports_markdown_and_escaped_html()
    {
        await _viva.RunWithInputAsync(Script, "mock", "--questions", "3", "--seed", "11");

        var (code, history, _) = await _viva.RunAsync("mock", "--history");
        Assert.Equal(0, code);
        Assert.Matches(@"1\s+2026-12-05 10:00\s+ML engineer\s+any\s+3/3\s+\d\.\d / 5\s+finished", history);

        var (markdown, html) = await ExportAsync(1);
        Assert.StartsWith("# Mock interview 1: ML engineer", markdown);
        Assert.Contains("## Readiness per topic", markdown);
        Assert.Contains("## Study next", markdown);
        Assert.Contains("**Reference**", markdown);
        Assert.Contains("> It uses <b>gradients</b> & more.", markdown);
        Assert.Contains("It uses &lt;b&gt;gradients&lt;/b&gt; &amp; more.", html);
        Assert.DoesNotContain("<b>gradients", html);
    }

    [Theory]
    [InlineData(2, "--track", "quant")]
    [InlineData(2, "--track", "custom")]
    [InlineData(2, "--markdown", "x.md")]
    [InlineData(2, "--questions", "0")]
    [InlineData(1, "--show", "99")]
    [InlineData(2, "--json")]
    public async Task Wrong_usage_and_unknown_mocks_fail_with_one_line(int expected, params string[] args)
    {
        var (code, output, error) = await _viva.RunAsync(["mock", .. args]);
        Assert.Equal(expected, code);
        Assert.StartsWith("viva: ", error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("Viva mock", output);
    }

    [Fact]
    public async Task History_and_show_print_json_with_snake_case_keys()
    {
        // Given
        Assert.Equal(0, (await _viva.RunWithInputAsync(Script, "mock", "--questions", "3", "--seed", "11")).Code);

        // When
        var (historyCode, history, _) = await _viva.RunAsync("mock", "--history", "--json");
        var (showCode, show, _) = await _viva.RunAsync("mock", "--show", "1", "--json");

        // Then
        Assert.Equal(0, historyCode);
        var mock = JsonDocument.Parse(history).RootElement.GetProperty("mocks")[0];
        Assert.Equal(1, mock.GetProperty("id").GetInt64());
        Assert.Equal("finished", mock.GetProperty("status").GetString());
        Assert.Equal(11, mock.GetProperty("seed").GetInt32());
        Assert.Equal(3, mock.GetProperty("answered").GetInt32());
        Assert.Equal(0, showCode);
        var report = JsonDocument.Parse(show).RootElement;
        var answers = report.GetProperty("answers");
        Assert.Equal(3, answers.GetArrayLength());
        Assert.True(answers[1].GetProperty("skipped").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answers[1].GetProperty("score").ValueKind);
        Assert.Contains("<b>gradients</b>", answers[2].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(report.GetProperty("topics").GetArrayLength() > 0);
        Assert.StartsWith("viva practice --topic ", report.GetProperty("study_next")[0].GetProperty("command").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timer_shows_each_question_at_its_time_marks_an_overrun_and_stops_asking_when_time_is_up()
    {
        // Given: 4 questions in 8 minutes (2 each); the first answer takes 1 minute, the next two 4 minutes each
        var clock = (ManualClock)_viva.Clock;
        using var typing = new TypingReader(clock,
            ("First answer about the bias and variance of a model.", TimeSpan.FromMinutes(1)), ("", TimeSpan.Zero),
            ("Second answer, a long one about overfitting.", TimeSpan.FromMinutes(4)), ("", TimeSpan.Zero),
            ("Third answer about gradient descent.", TimeSpan.FromMinutes(4)), ("", TimeSpan.Zero),
            ("Never asked.", TimeSpan.Zero), ("", TimeSpan.Zero));

        // When
        var (code, output, _) = await _viva.RunWithReaderAsync(typing, "mock", "--questions", "4", "--minutes", "8", "--seed", "3");

        // Then: each question shows the time used and left when it is asked
        Assert.Equal(0, code);
        Assert.Contains("4 questions · 8 min (about 2:00 each)", output);
        Assert.Contains("⏱ 0:00 elapsed · 8:00 left", output);
        Assert.Contains("⏱ 1:00 elapsed · 7:00 left", output);
        Assert.Contains("⏱ 5:00 elapsed · 3:00 left", output);
        Assert.Contains("✓ Answer saved · 1:00\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("✓ Answer saved · 4:00 (over its share)", output);
        Assert.Contains("Time is up: 1 question not asked.", output);
        Assert.DoesNotContain("Question 4/4", output);

        // And the saved report keeps the time each answer took
        var (_, show, _) = await _viva.RunAsync("mock", "--show", "1", "--json");
        var answers = JsonDocument.Parse(show).RootElement.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("seconds").GetDouble()).ToList();
        Assert.Equal(new[] { 60.0, 240.0, 240.0 }, answers);
        Assert.Contains("3 of 4 questions", output);
    }

    [Fact]
    public async Task A_follow_up_is_asked_after_its_question_and_reported_as_following_it()
    {
        // Each main question is followed by a related one with a chance of 30%: some seed of the first twenty gives one.
        for (var seed = 1; seed <= 20; seed++)
        {
            var (code, output, _) = await _viva.RunWithInputAsync("s\ns\n", "mock", "--questions", "2", "--seed", $"{seed}");
            Assert.Equal(0, code);
            if (!output.Contains("Follow-up: ", StringComparison.Ordinal))
            {
                continue;
            }

            // Then: the follow-up comes second, names the question it follows, and the report says so
            Assert.Matches(@"Question 2/2 · [^\n]* · follow-up to 1", output);
            Assert.Contains("· follow-up to 1 · id ", output);
            var (_, history, _) = await _viva.RunAsync("mock", "--history", "--json");
            var id = JsonDocument.Parse(history).RootElement.GetProperty("mocks")[0].GetProperty("id").GetInt64();
            var (_, show, _) = await _viva.RunAsync("mock", "--show", $"{id}", "--json");
            var answers = JsonDocument.Parse(show).RootElement.GetProperty("answers");
            Assert.Equal(JsonValueKind.Null, answers[0].GetProperty("follow_up_of").ValueKind);
            Assert.Equal(1, answers[1].GetProperty("follow_up_of").GetInt32());
            Assert.Equal(Questions(output)[1], answers[1].GetProperty("question").GetString());
            return;
        }

        Assert.Fail("no follow-up in 20 seeds (a chance of 0.7^20, under 0.1%)");
    }

    // Standard input typed at a pace: each line arrives after its delay on the test's clock.
    private sealed class TypingReader(ManualClock clock, params (string Line, TimeSpan After)[] lines) : TextReader
    {
        private int _next;

        public override string? ReadLine()
        {
            if (_next >= lines.Length)
            {
                return null;
            }

            var (line, after) = lines[_next++];
            clock.Advance(after);
            return line;
        }
    }

    [Fact]
    public async Task A_mock_of_one_question_says_question_in_the_singular()
    {
        var (code, output, _) = await _viva.RunWithInputAsync("s\n", "mock", "--questions", "1", "--seed", "4");

        Assert.Equal(0, code);
        Assert.Contains("· 1 question · 6 min (about 6:00 each) ·", output);
        Assert.Contains("1 of 1 question · 6 min", output);
        Assert.DoesNotContain("1 questions", output);
    }

    [Fact]
    public async Task With_no_mocks_history_says_so()
    {
        var (code, output, _) = await _viva.RunAsync("mock", "--history");
        Assert.Equal(0, code);
        Assert.Contains("No mocks yet", output);
    }
}
