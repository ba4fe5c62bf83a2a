using System.Text.Json;

namespace Viva.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private const string Notes = """
        # Zebra statistics

        ## What is a confidence interval? (Easy)

        A range that, over repeated samples, holds the true value 95% of the time, "on average", say.

        It is not a probability about one interval.

        ## What is a p-value?

        [Ans](https://example.com/p)

        ## Why bootstrap?
        """;

    private readonly VivaRunner _viva = new();
    private readonly VivaRunner _other = new();

    public void Dispose()
    {
        _viva.Dispose();
        _other.Dispose();
    }

    [Fact]
    public async Task Should_Import_Its_Own_Csv_Export_With_The_Same_Questions()
    {
        // Given
        await _viva.RunAsync("import", _viva.Write("notes.md", Notes));
        var file = Path.Combine(_other.Home, "bank.csv");

        // When
        var (code, output, error) = await _viva.RunAsync("export", "csv", file, "--topic", "zebra");
        var imported = await _other.RunAsync("import", file, "--json");

        // Then
        Assert.Equal((0, "", ""), (code, output, error));
        Assert.Equal("", imported.Error);
        Assert.Equal(Questions(await _viva.RunAsync("list", "--source", "notes.md", "--json")), Questions(await _other.RunAsync("list", "--source", "bank.csv", "--json")));
        Assert.Equal(3, JsonDocument.Parse(imported.Out).RootElement.GetProperty("documents")[0].GetProperty("questions").GetInt32());
    }

    [Fact]
    public async Task Should_Import_Its_Own_Json_Export_With_The_Same_Questions()
    {
        // Given
        await _viva.RunAsync("import", _viva.Write("notes.md", Notes));
        var file = Path.Combine(_other.Home, "bank.json");

        // When
        var (code, _, error) = await _viva.RunAsync("export", "json", file, "--topic", "zebra");
        var imported = await _other.RunAsync("import", file, "--json");

        // Then
        Assert.Equal((0, ""), (code, error));
        Assert.Equal("", imported.Error);
        Assert.Equal(Questions(await _viva.RunAsync("list", "--source", "notes.md", "--json")), Questions(await _other.RunAsync("list", "--source", "bank.json", "--json")));
        Assert.Equal(3, JsonDocument.Parse(imported.Out).RootElement.GetProperty("documents")[0].GetProperty("questions").GetInt32());
    }

    [Fact]
    public async Task Should_Export_The_Json_Shape()
    {
        // Given
        await _viva.RunAsync("import", _viva.Write("notes.md", Notes));

        // When
        var (code, output, _) = await _viva.RunAsync("export", "json", "--topic", "zebra");

        // Then
        Assert.Equal(0, code);
        var questions = JsonDocument.Parse(output).RootElement.GetProperty("questions");
        Assert.Equal(3, questions.GetArrayLength());
        Assert.Equal(["id", "question", "answer", "key_points", "topics", "level"], questions[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("What is a confidence interval?", "basic", "Zebra statistics"),
            (questions[0].GetProperty("question").GetString(), questions[0].GetProperty("level").GetString(), questions[0].GetProperty("topics")[0].GetString()));
    }

    [Fact]
    public async Task Should_Export_An_Empty_Review_Log_And_Refuse_An_Unknown_Format()
    {
        var (code, output, _) = await _viva.RunAsync("export", "json", "--reviews");
        Assert.Equal(0, code);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("reviews").GetArrayLength());
        Assert.Equal(2, (await _viva.RunAsync("export", "xml")).Code);
    }

    [Fact]
    public async Task Should_Export_The_Review_Log_With_Each_Rating()
    {
        // Given: one card answered and rated Good
        await _viva.RunWithInputAsync("two pointers swap from both ends\n\n3\nq\n", "practice", "--new", "1");

        // When
        var json = JsonDocument.Parse((await _viva.RunAsync("export", "json", "--reviews")).Out).RootElement.GetProperty("reviews");
        var csv = (await _viva.RunAsync("export", "csv", "--reviews")).Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // Then
        var review = Assert.Single(json.EnumerateArray());
        Assert.Equal(["id", "card", "question", "reviewed_at", "rating", "elapsed_days", "score", "duration_ms", "answer"], review.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("good", "two pointers swap from both ends"), (review.GetProperty("rating").GetString(), review.GetProperty("answer").GetString()));
        Assert.False(string.IsNullOrEmpty(review.GetProperty("question").GetString()));
        Assert.Equal(2, csv.Length);
        Assert.StartsWith("id,card,question,reviewed_at,rating,", csv[0]);
        Assert.Contains(",good,", csv[1]);
    }

    private static List<(string?, string?, string, string?)> Questions((int Code, string Out, string Error) list) =>
        [.. JsonDocument.Parse(list.Out).RootElement.GetProperty("questions").EnumerateArray().Select(q => (
            q.GetProperty("question").GetString(),
            q.GetProperty("answer").GetString(),
            string.Join('/', q.GetProperty("topic").EnumerateArray().Select(t => t.GetString())),
            q.GetProperty("level").GetString()))];
}
