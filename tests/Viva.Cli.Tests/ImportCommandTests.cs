using System.Text.Json;

namespace Viva.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_Print_The_Json_Contract()
    {
        // Given
        var path = _viva.Write("notes.md", "## Questions\n\n#### Difference between L1 and L2 Regulization?\n        L1 gives sparse weights.\n#### What is a GAN?\n");

        // When
        var (code, output, error) = await _viva.RunAsync("import", path, "--json");

        // Then
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(["source", "questions", "answered", "added", "updated", "unchanged", "duplicates", "invalid", "diagnostics", "stubs"],
            document.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("notes.md", 2, 1), (document.GetProperty("source").GetString(), document.GetProperty("questions").GetInt32(), document.GetProperty("answered").GetInt32()));
        var question = json.RootElement.GetProperty("questions")[0];
        Assert.Equal(["id", "source", "line", "question", "answer", "topic", "level", "cluster", "answer_quality"], question.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^q-[0-9a-f]{6}$", question.GetProperty("id").GetString());
        Assert.Equal(3, question.GetProperty("line").GetInt32());
        Assert.Equal("Difference between L1 and L2 Regulization?", question.GetProperty("question").GetString());
        Assert.Equal("Questions", question.GetProperty("topic")[0].GetString());
        Assert.Equal(JsonValueKind.Null, question.GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("questions")[1].GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task Should_Report_Bad_Files_On_One_Line_Each_And_Import_The_Rest()
    {
        // Given
        var good = _viva.Write("good.md", "## What is PCA?\n\nA linear projection onto directions of largest variance.\n");
        var empty = _viva.Write("empty.md", string.Empty);
        var binary = Path.Combine(_viva.Home, "docs", "image.md");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]);
        var prose = _viva.Write("prose.md", "Just some notes without any questions in them.\n");

        // When
        var (code, output, error) = await _viva.RunAsync("import", good, empty, binary, prose, Path.Combine(_viva.Home, "missing.md"), "--json");

        // Then
        Assert.Equal(1, code);
        var lines = error.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^viva: .+:\d+: .+$", l));
        Assert.Contains(lines, l => l.Contains("missing.md:1: no such file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("viva: empty.md:1: file is empty", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("viva: image.md:1: binary file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("viva: prose.md:1: no questions found", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("questions").EnumerateArray(), q => q.GetProperty("question").GetString() == "What is PCA?");
    }

    [Fact]
    public async Task Should_Keep_The_Bank_Intact_When_A_Reimport_Fails()
    {
        // Given
        var path = _viva.Write("notes.md", "## What is PCA?\n\nProjection.\n\n## What is SVD?\n");
        await _viva.RunAsync("import", path);
        var before = (await _viva.RunAsync("list", "--source", "notes.md", "--json")).Out;

        // When
        await File.WriteAllBytesAsync(path, [0x23, 0x20, 0xC3, 0x28]);
        var (code, _, error) = await _viva.RunAsync("import", path);

        // Then
        Assert.Equal(1, code);
        Assert.StartsWith("viva: notes.md:1: invalid UTF-8", error);
        Assert.Equal(before, (await _viva.RunAsync("list", "--source", "notes.md", "--json")).Out);
    }

    [Fact]
    public async Task Should_Store_Nothing_On_A_Dry_Run_And_Be_Idempotent()
    {
        // Given
        var path = _viva.Write("notes.md", "1. What is bagging?\n2. What is boosting?\n");

        // When
        var dry = await _viva.RunAsync("import", path, "--dry-run");
        var listed = await _viva.RunAsync("list", "--source", "notes.md", "--json");
        await _viva.RunAsync("import", path);
        var again = await _viva.RunAsync("import", path, "--json");

        // Then
        Assert.Contains("dry run", dry.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, JsonDocument.Parse(listed.Out).RootElement.GetProperty("questions").GetArrayLength());
        var document = JsonDocument.Parse(again.Out).RootElement.GetProperty("documents")[0];
        Assert.Equal((0, 2), (document.GetProperty("added").GetInt32(), document.GetProperty("unchanged").GetInt32()));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("list", "--level", "expert")]
    public async Task Should_Exit_With_2_On_Wrong_Usage(params string[] args)
    {
        // When
        var (code, _, error) = await _viva.RunAsync(args);

        // Then
        Assert.Equal(2, code);
        Assert.StartsWith("viva: ", error);
    }

    [Fact]
    public async Task Should_Explain_Every_Command_In_Help()
    {
        // When
        var (code, output, _) = await _viva.RunAsync("--help");

        // Then
        Assert.Equal(0, code);
        foreach (var command in new[] { "import", "list", "show", "search", "sources", "coverage" })
        {
            Assert.Contains(command, output);
        }
    }
}
