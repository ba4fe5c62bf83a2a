using System.Text.Json.Nodes;
using Viva.Core.Grading;
using Viva.Grading.Llm;

namespace Viva.Cli.Tests.Grading;

public sealed class OpenAiCompatibleGraderTests
{
    private const string Answer = "L1 pushes weights to exactly zero. L2 shrinks them smoothly.";

    private static readonly GradingRequest Request = new(
        "What is the difference between L1 and L2 regularization?",
        "L1 adds |w| and gives sparse weights; L2 adds w squared and shrinks smoothly.",
        ["L1 drives some weights exactly to zero.", "L2 shrinks all weights smoothly.", "Elastic net mixes both."],
        Answer);

    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private static FallbackGrader Grader(string url, TimeSpan? timeout = null) => new FallbackGrader(
        new OpenAiCompatibleGrader(Http, new LlmGraderOptions(new Uri(url), "stub-model", "secret") { Timeout = timeout ?? TimeSpan.FromSeconds(10) }, LexicalGrader.Default),
        LexicalGrader.Default);

    [Fact]
    public async Task Should_Return_The_Models_Grade_With_Spans_From_Its_Quotes()
    {
        // Given
        using var server = new StubLlmServer(_ => StubLlmServer.Completion(
            "Here is the grade: {\"score\": 3.6, \"covered\": [{\"point\": 1, \"quote\": \"pushes weights to exactly zero\"}, {\"point\": 2, \"quote\": \"not in the answer\"}, {\"point\": 9}]}"));

        // When
        var grade = await Grader(server.BaseUrl).GradeAsync(Request);

        // Then
        Assert.Null(grade.Notice);
        Assert.Equal(3.5, grade.Score);
        Assert.Equal([Request.KeyPoints[0], Request.KeyPoints[1]], grade.Covered.Select(c => c.KeyPoint));
        Assert.Equal("pushes weights to exactly zero", Answer.Substring(grade.Covered[0].Start, grade.Covered[0].Length));
        Assert.Contains("shrinks", Answer.Substring(grade.Covered[1].Start, grade.Covered[1].Length), StringComparison.Ordinal);
        Assert.Equal([Request.KeyPoints[2]], grade.Missed);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", sent.Path);
        Assert.Equal("Bearer secret", sent.Authorization);
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Equal("stub-model", body["model"]!.GetValue<string>());
        Assert.Contains(Answer, body["messages"]![1]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "{\"error\": \"overloaded\"}")]
    [InlineData(200, "not json at all")]
    [InlineData(200, "{\"choices\": []}")]
    public async Task Should_Fall_Back_To_The_Built_In_Grader_When_The_Endpoint_Fails(int status, string body)
    {
        // Given
        using var server = new StubLlmServer(_ => (status, body));

        // When
        var grade = await Grader(server.BaseUrl).GradeAsync(Request);

        // Then
        var builtIn = LexicalGrader.Default.Grade(Request);
        Assert.Equal(builtIn.Score, grade.Score);
        Assert.Equal(builtIn.Covered, grade.Covered);
        Assert.Equal(builtIn.Missed, grade.Missed);
        Assert.Contains("graded with the built-in grader", grade.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I think this answer is decent.")]
    [InlineData("{\"verdict\": \"good\"}")]
    [InlineData("{\"score\": \"high\"}")]
    public async Task Should_Fall_Back_When_The_Model_Does_Not_Reply_With_A_Grade(string content)
    {
        using var server = new StubLlmServer(_ => StubLlmServer.Completion(content));

        var grade = await Grader(server.BaseUrl).GradeAsync(Request);

        Assert.NotNull(grade.Notice);
        Assert.Equal(LexicalGrader.Default.Grade(Request).Score, grade.Score);
    }

    [Fact]
    public async Task Should_Fall_Back_When_Nothing_Listens()
    {
        var grade = await Grader($"http://127.0.0.1:{StubLlmServer.FreePort()}/v1").GradeAsync(Request);

        Assert.Contains("cannot reach", grade.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Fall_Back_When_The_Model_Takes_Too_Long()
    {
        // Given: a model that answers only once the test lets it, so a timer delayed by a loaded machine cannot be outrun
        using var answered = new ManualResetEventSlim();
        using var server = new StubLlmServer(_ =>
        {
            answered.Wait(TimeSpan.FromSeconds(30));
            return StubLlmServer.Completion("{\"score\": 5, \"covered\": []}");
        });

        // When
        var grade = await Grader(server.BaseUrl, TimeSpan.FromMilliseconds(200)).GradeAsync(Request);
        answered.Set();

        // Then
        Assert.Contains("no answer", grade.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Not_Call_The_Model_For_An_Empty_Answer()
    {
        using var server = new StubLlmServer(_ => StubLlmServer.Completion("{\"score\": 5}"));

        var grade = await Grader(server.BaseUrl).GradeAsync(Request with { Answer = "  " });

        Assert.Equal(0, grade.Score);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Should_Let_The_Caller_Cancel()
    {
        using var server = new StubLlmServer(_ => StubLlmServer.Completion("{\"score\": 5}"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Grader(server.BaseUrl).GradeAsync(Request, cancelled.Token));
    }
}
