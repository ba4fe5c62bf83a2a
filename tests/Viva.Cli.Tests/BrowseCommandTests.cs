using System.Text.Json;

namespace Viva.Cli.Tests;

public sealed class BrowseCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new();

    public BrowseCommandTests()
    {
        _viva.Write("a.md", "# ML\n\n## Trees\n\n### What is a decision tree? (Easy)\n\nRecursive splits on features.\n\n### What is gradient boosting?\n");
        _viva.Write("b.md", "1. Explain decision trees.\n2. What is a support vector machine?\n");
    }

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_Search_With_The_Json_Contract()
    {
        // Given
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));

        // When
        var (code, output, _) = await _viva.RunAsync("search", "decision", "tree", "--json", "--limit", "5");

        // Then
        Assert.Equal(0, code);
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results");
        Assert.InRange(results.GetArrayLength(), 2, 5);
        Assert.Equal(["id", "question", "topic", "score"], results[0].EnumerateObject().Select(p => p.Name));
        var scores = results.EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Should_List_With_Filters_And_Show_Duplicates()
    {
        // Given
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));

        // When
        var basic = JsonDocument.Parse((await _viva.RunAsync("list", "--level", "basic", "--json")).Out).RootElement.GetProperty("questions");
        var unanswered = JsonDocument.Parse((await _viva.RunAsync("list", "--unanswered", "--source", "a.md", "--json")).Out).RootElement.GetProperty("questions");
        var tree = basic.EnumerateArray().Single(q => q.GetProperty("source").GetString() == "a.md");
        var shown = await _viva.RunAsync("show", tree.GetProperty("id").GetString()!, "--json");
        var table = await _viva.RunAsync("list", "--source", "b.md");

        // Then
        Assert.Equal("What is a decision tree?", tree.GetProperty("question").GetString());
        Assert.Equal("What is gradient boosting?", unanswered.EnumerateArray().Single().GetProperty("question").GetString());
        var duplicates = JsonDocument.Parse(shown.Out).RootElement.GetProperty("duplicates");
        Assert.Contains(duplicates.EnumerateArray(), d => d.GetProperty("question").GetString() == "Explain decision trees.");
        Assert.Contains("b.md", table.Out);
        Assert.Contains("support", table.Out);
    }

    [Fact]
    public async Task Should_Say_When_An_Id_Is_Unknown()
    {
        var (code, _, error) = await _viva.RunAsync("show", "q-000000");
        Assert.Equal(1, code);
        Assert.Equal("viva: q-000000: no question with this id (try 'viva search')\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_List_Sources_With_Counts()
    {
        // Given
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));

        // When
        var sources = JsonDocument.Parse((await _viva.RunAsync("sources", "--json")).Out).RootElement.GetProperty("sources");

        // Then
        var a = sources.EnumerateArray().Single(s => s.GetProperty("source").GetString() == "a.md");
        Assert.Equal((2, 1), (a.GetProperty("questions").GetInt32(), a.GetProperty("answered").GetInt32()));
        Assert.Contains(sources.EnumerateArray(), s => s.GetProperty("source").GetString()!.StartsWith("content/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Report_Coverage_By_The_Curated_Bank_Without_Storing()
    {
        // Given
        var doc = _viva.Write("c.md", "## Difference between L1 and L2 Regulization?\n\n## What is the airspeed of an unladen swallow?\n");

        // When
        var (code, output, _) = await _viva.RunAsync("coverage", doc, "--json");
        var stored = JsonDocument.Parse((await _viva.RunAsync("list", "--source", "c.md", "--json")).Out).RootElement.GetProperty("questions");

        // Then
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal((2, 1), (json.GetProperty("questions").GetInt32(), json.GetProperty("covered").GetInt32()));
        Assert.Equal("What is the airspeed of an unladen swallow?", json.GetProperty("uncovered")[0].GetProperty("question").GetString());
        Assert.Equal(0, stored.GetArrayLength());
    }
}
