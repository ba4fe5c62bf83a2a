using System.Text.Json;

namespace Viva.Cli.Tests;

/// <summary>What a new user meets in the terminal: whole ids and paths in tables, area names, labelled lists.</summary>
public sealed class TerminalEdgesTests : IDisposable
{
    private const string LongName = "notes-from-many-machine-learning-interviews-collected-over-the-years.md";

    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_List_By_The_Area_Names_Practice_Takes()
    {
        // When
        var (code, output, _) = await _viva.RunAsync("list", "--topic", "classical-ml", "--json");

        // Then
        Assert.Equal(0, code);
        var questions = JsonDocument.Parse(output).RootElement.GetProperty("questions");
        Assert.True(questions.GetArrayLength() > 20);
        Assert.All(questions.EnumerateArray(), q => Assert.StartsWith("content/classical-ml/", q.GetProperty("source").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Never_Break_An_Id_Or_A_Path_In_A_Table()
    {
        // Given
        _viva.Write(LongName, "## What is the difference between a generative and a discriminative classifier, and when would you prefer each in practice?\n\nOne models p(x, y), the other p(y | x).\n");
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));
        var ids = JsonDocument.Parse((await _viva.RunAsync("list", "--topic", "evaluation", "--json")).Out).RootElement
            .GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToList();

        // When
        var curated = (await _viva.RunAsync("list", "--topic", "evaluation")).Out;
        var imported = (await _viva.RunAsync("list", "--source", LongName)).Out;

        // Then: every id whole on one line; the long path shortened from the left, its file name's end kept
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(id, curated, StringComparison.Ordinal));
        Assert.Contains("…", imported, StringComparison.Ordinal);
        Assert.Contains("over-the-years.md:1", imported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(120)]
    public async Task Should_Keep_Ids_Paths_And_Words_Whole_In_A_Narrow_Terminal(int width)
    {
        // Given: a long document name and a long question, and the curated bank's longest ids
        const string question = "What is the difference between a generative and a discriminative classifier, and when would you prefer each?";
        _viva.Write(LongName, $"## {question}\n\nOne models p(x, y), the other p(y | x).\n");
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));
        var listed = JsonDocument.Parse((await _viva.RunAsync("list", "--topic", "behavioral", "--json")).Out).RootElement.GetProperty("questions")
            .EnumerateArray().Select(q => (Id: q.GetProperty("id").GetString()!, Text: q.GetProperty("question").GetString()!)).ToList();
        _viva.Width = width;

        // When
        var outputs = new[]
        {
            (await _viva.RunAsync("list", "--topic", "behavioral")).Out,
            (await _viva.RunAsync("list", "--source", LongName)).Out,
            (await _viva.RunAsync("search", "generative discriminative classifier", "--limit", "3")).Out,
            (await _viva.RunAsync("sources")).Out,
            (await _viva.RunAsync("stats")).Out,
        };

        // Then: nothing wider than the terminal; every id, the file name's end and every word of a question whole
        Assert.All(outputs.SelectMany(o => o.Split('\n')), line => Assert.True(line.TrimEnd().Length <= width, $"{line.TrimEnd().Length} columns: {line}"));
        Assert.NotEmpty(listed);
        Assert.All(listed, q => Assert.Contains(q.Id, outputs[0], StringComparison.Ordinal));
        Assert.All(listed.SelectMany(q => Words(q.Text)), word => Assert.Contains(word, outputs[0], StringComparison.Ordinal));
        Assert.All(Words(question), word => Assert.Contains(word, outputs[1], StringComparison.Ordinal));
        Assert.Contains("over-the-years.md:1", outputs[1], StringComparison.Ordinal);
        Assert.Contains("generative", outputs[2], StringComparison.Ordinal);
        Assert.Contains("over-the-years.md", outputs[3], StringComparison.Ordinal);
        Assert.Contains("statistics-probability", outputs[4], StringComparison.Ordinal);
    }

    // The words of a question that a table shows in full (it shortens a question past 90 characters).
    private static IEnumerable<string> Words(string question) =>
        question[..Math.Min(question.Length, 80)].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1].Where(w => w.Length >= 4);

    [Fact]
    public async Task Should_Tell_The_Curated_Bank_From_Imported_Documents()
    {
        // Given
        _viva.Write("mine.md", "## What is overfitting?\n\nFitting noise.\n");
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));

        // When
        var text = (await _viva.RunAsync("sources")).Out;
        var json = JsonDocument.Parse((await _viva.RunAsync("sources", "--json")).Out).RootElement.GetProperty("sources");

        // Then
        Assert.Matches(@"Curated bank \(built in\): \d+ file\(s\), \d+ question\(s\)", text);
        Assert.Contains("Imported documents: 1 document(s), 1 question(s), 1 answered", text, StringComparison.Ordinal);
        Assert.Contains("mine.md", text, StringComparison.Ordinal);
        Assert.DoesNotContain("content/", text, StringComparison.Ordinal);
        Assert.False(json.EnumerateArray().Single(s => s.GetProperty("source").GetString() == "mine.md").GetProperty("curated").GetBoolean());
        Assert.True(json.EnumerateArray().First(s => s.GetProperty("source").GetString()!.StartsWith("content/", StringComparison.Ordinal)).GetProperty("curated").GetBoolean());
    }

    [Fact]
    public async Task Should_Label_The_List_Of_Uncovered_Questions()
    {
        // Given
        var doc = _viva.Write("c.md", "## Difference between L1 and L2 Regulization?\n\n## What is the airspeed of an unladen swallow?\n");

        // When
        var (_, output, _) = await _viva.RunAsync("coverage", doc);

        // Then
        Assert.Contains("1 of 2 questions are covered by the curated bank (50%).\nNot covered by the curated bank (1):\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("airspeed of an unladen swallow", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Acknowledge_A_Skip()
    {
        // When
        var (code, output, _) = await _viva.RunWithInputAsync("s\nq\n", "practice");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("↷ Skipped “", output, StringComparison.Ordinal);
        Assert.Contains("not rated, it stays due.", output, StringComparison.Ordinal);
    }
}
