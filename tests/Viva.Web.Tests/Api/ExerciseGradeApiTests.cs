using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>An exercise card over the API and on the practice page: the attempt is judged by its tests, not graded by words.</summary>
public sealed partial class ExerciseGradeApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string DailyUsers = "sql-exercise-daily-active-users";
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Should_Judge_A_Right_Attempt_And_Suggest_Good()
    {
        // When
        var response = await _client.PostAsJsonAsync("/api/grade",
            new { card_id = DailyUsers, answer = "SELECT date(ts), COUNT(DISTINCT user_id) FROM events GROUP BY 1 ORDER BY 1" });

        // Then
        var graded = await WebAppFixture.ReadJsonAsync(response);
        Assert.Equal(5, graded.GetProperty("score").GetDouble());
        Assert.Equal("All 3 tests passed.", graded.GetProperty("notice").GetString());
        Assert.Equal(3, graded.GetProperty("suggested_rating").GetInt32());
        Assert.Equal(0, graded.GetProperty("missed").GetArrayLength());
    }

    [Fact]
    public async Task Should_List_Failing_Tests_With_Expected_And_Actual_And_Suggest_Again()
    {
        // When
        var response = await _client.PostAsJsonAsync("/api/grade",
            new { card_id = DailyUsers, answer = "SELECT date(ts), COUNT(*) FROM events GROUP BY 1 ORDER BY 1" });

        // Then
        var graded = await WebAppFixture.ReadJsonAsync(response);
        Assert.Equal("1 of 3 tests passed.", graded.GetProperty("notice").GetString());
        Assert.Equal(1, graded.GetProperty("suggested_rating").GetInt32());
        var missed = graded.GetProperty("missed")[0].GetString();
        Assert.StartsWith("four days of events: expected [[\"2024-03-01\", 2]", missed, StringComparison.Ordinal);
        Assert.Contains("got [[\"2024-03-01\",3]", missed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Show_The_Prompt_And_The_Starter_In_A_Code_Editor_On_The_Practice_Page()
    {
        // When: only the SQL exercises have this topic, and daily active users is the first of them
        var html = await _client.GetStringAsync("/Practice?topic=SQL%20exercises");

        // Then
        Assert.Contains("Daily active users from an events table", html, StringComparison.Ordinal);
        Assert.Contains("id=\"exercise-prompt\"", html, StringComparison.Ordinal);
        Assert.Contains("calendar day with at least one event", html, StringComparison.Ordinal);
        Assert.Matches(CodeEditor(), html);
        Assert.Contains("SELECT&#xA;FROM events", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Suggest_Hard_When_At_Least_Half_The_Tests_Pass()
    {
        // When: right but for the events at midnight and the second before it, which one test adds
        var response = await _client.PostAsJsonAsync("/api/grade", new
        {
            card_id = DailyUsers,
            answer = "SELECT date(ts), COUNT(DISTINCT user_id) FROM events WHERE time(ts) BETWEEN '00:00:01' AND '23:59:58' GROUP BY 1 ORDER BY 1",
        });

        // Then
        var graded = await WebAppFixture.ReadJsonAsync(response);
        Assert.Equal(2, graded.GetProperty("suggested_rating").GetInt32());
        Assert.Equal(1, graded.GetProperty("missed").GetArrayLength());
    }

    [Fact]
    public async Task Should_Serve_A_Monospace_Code_Editor_Where_Tab_Indents_And_Ctrl_Enter_Submits()
    {
        // When
        var html = await _client.GetStringAsync("/Practice?topic=SQL%20exercises");
        var css = await _client.GetStringAsync("/css/site.css");
        var script = await _client.GetStringAsync("/js/practice.js");

        // Then: the page loads the editor's keys, the stylesheet sets the code font, the script turns Tab into four spaces
        Assert.Contains("<script src=\"/js/practice.js\"", html, StringComparison.Ordinal);
        Assert.Matches(@"textarea\.code \{[^}]*monospace[^}]*tab-size: 4[^}]*white-space: pre", css);
        Assert.Contains("event.key === 'Tab'", script, StringComparison.Ordinal);
        Assert.Contains("setRangeText('    '", script, StringComparison.Ordinal);
        Assert.Matches(@"event\.key === 'Enter' && \(event\.ctrlKey", script);
    }

    [GeneratedRegex("<textarea id=\"answer\" name=\"answer\" class=\"code\"")]
    private static partial Regex CodeEditor();
}
