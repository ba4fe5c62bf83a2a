using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Viva.Cli.Tests;

/// <summary>
/// <c>viva import DIR</c> on folders no one should have to import from: link loops, named pipes, links to
/// devices, and documents built to exhaust the parser. Each must finish within seconds, import what can be
/// imported and name what was skipped.
/// </summary>
public sealed class HostileFileSystemTests : IDisposable
{
    // Far above what these imports need on a loaded machine, far below the minutes (or forever) they took before.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    private string Docs => Path.Combine(_viva.Home, "docs");

    [Fact]
    public async Task Should_Search_A_Folder_Once_When_A_Link_Loops_Back_To_It()
    {
        // Given
        _viva.Write("notes.md", "## What is PCA?\n\nA projection onto the directions of largest variance.\n");
        Directory.CreateDirectory(Path.Combine(Docs, "sub"));
        File.CreateSymbolicLink(Path.Combine(Docs, "sub", "back"), Docs);
        File.CreateSymbolicLink(Path.Combine(Docs, "self"), ".");

        // When
        var (code, output, error) = await ImportJsonAsync(Docs);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(["notes.md"], Sources(output));
        Assert.Contains("back:1: skipped: a link to a folder already searched", error);
        Assert.Contains("self:1: skipped: a link to a folder already searched", error);
    }

    [Fact]
    public async Task Should_Follow_A_Link_To_A_Folder_Outside_And_A_Link_To_A_File()
    {
        // Given
        var outside = Directory.CreateDirectory(Path.Combine(_viva.Home, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "far.md"), "## What is a kernel?\n\nA similarity function.\n");
        _viva.Write("notes.md", "## What is PCA?\n\nA projection.\n");
        File.CreateSymbolicLink(Path.Combine(Docs, "linked"), outside);
        File.CreateSymbolicLink(Path.Combine(Docs, "alias.md"), Path.Combine(outside, "far.md"));

        // When
        var (code, output, error) = await ImportJsonAsync(Docs);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(["alias.md", "linked/far.md", "notes.md"], Sources(output));
    }

    [Fact]
    public async Task Should_Skip_A_Named_Pipe_With_A_Notice()
    {
        // Given
        _viva.Write("notes.md", "## What is PCA?\n\nA projection.\n");
        MakeFifo(Path.Combine(Docs, "pipe.md"));

        // When
        var (code, output, error) = await ImportJsonAsync(Docs);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(["notes.md"], Sources(output));
        var notice = Assert.Single(error.Trim().Split('\n'));
        Assert.Equal($"viva: {Path.Combine(Docs, "pipe.md")}:1: skipped: a named pipe (FIFO), not a regular file", notice);
    }

    [Fact]
    public async Task Should_Refuse_A_Named_Pipe_Named_On_The_Command_Line()
    {
        // Given
        var pipe = Path.Combine(Docs, "pipe.md");
        Directory.CreateDirectory(Docs);
        MakeFifo(pipe);

        // When
        var (code, _, error) = await ImportJsonAsync(pipe);

        // Then
        Assert.Equal(1, code);
        Assert.Equal($"viva: {pipe}:1: a named pipe (FIFO), not a regular file; only regular files are read", error.Trim());
    }

    [Fact]
    public async Task Should_Skip_A_Link_To_Dev_Zero_With_A_Notice()
    {
        // Given
        _viva.Write("notes.md", "## What is PCA?\n\nA projection.\n");
        File.CreateSymbolicLink(Path.Combine(Docs, "zero.md"), "/dev/zero");

        // When
        var (code, output, error) = await ImportJsonAsync(Docs);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(["notes.md"], Sources(output));
        Assert.Equal($"viva: {Path.Combine(Docs, "zero.md")}:1: skipped: a character device, not a regular file", error.Trim());
    }

    [Fact]
    public async Task Should_Count_The_Bytes_Read_Against_The_Size_Limit()
    {
        // Given: one byte over 20 MB
        var big = Path.Combine(Docs, "big.md");
        Directory.CreateDirectory(Docs);
        await using (var stream = File.Create(big))
        {
            var line = Encoding.UTF8.GetBytes("## What is PCA?\n\nA projection onto the directions of largest variance.\n\n");
            for (long written = 0; written <= 20L * 1024 * 1024; written += line.Length)
            {
                stream.Write(line);
            }
        }

        // When
        var (code, _, error) = await ImportJsonAsync(big);

        // Then
        Assert.Equal(1, code);
        Assert.Equal($"viva: {big}:1: file is larger than 20 MB", error.Trim());
    }

    [Fact]
    public async Task Should_Refuse_A_Hundred_Thousand_Questions_Within_Seconds()
    {
        // Given
        var text = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("## What is concept number ").Append(i).Append("?\n\nIt is concept ").Append(i).Append(".\n\n");
        }

        var path = _viva.Write("huge.md", text.ToString());

        // When
        var (code, _, error) = await ImportJsonAsync(path);

        // Then
        Assert.Equal(1, code);
        Assert.Equal("viva: huge.md:1: holds 100,000 questions, more than the 5,000 one document may hold; split it into smaller files", error.Trim());
    }

    [Fact]
    public async Task Should_Import_A_Hundred_Thousand_Bare_Headings_Within_Seconds()
    {
        // Given: a hundred thousand headings, of which only the last asks anything
        var path = _viva.Write("headings.md", string.Concat(Enumerable.Repeat("# Section\n", 100_000)) + "## What is PCA?\n\nA projection.\n");

        // When
        var (code, output, error) = await ImportJsonAsync(path);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("What is PCA?", json.RootElement.GetProperty("questions").EnumerateArray().Single().GetProperty("question").GetString());
    }

    [Theory]
    [InlineData("quote line")]
    [InlineData("list line")]
    [InlineData("list staircase")]
    [InlineData("quote staircase")]
    public async Task Should_Refuse_Ten_Thousand_Nested_Levels_Within_Seconds(string shape)
    {
        // Given: under 20 MB, deeper than any document nests
        var text = new StringBuilder("## What is PCA?\n\nA projection.\n\n");
        var levels = shape.EndsWith("staircase", StringComparison.Ordinal) ? 4000 : 10_000;
        for (var i = 0; i < levels; i++)
        {
            switch (shape)
            {
                case "quote line":
                    text.Append("> ");
                    break;
                case "list line":
                    text.Append("- ");
                    break;
                case "list staircase":
                    text.Append(' ', 2 * i).Append("- What is item ").Append(i).Append("?\n");
                    break;
                default:
                    text.Append('>', i + 1).Append(" What is item ").Append(i).Append("?\n");
                    break;
            }
        }

        var path = _viva.Write("deep.md", text.Append("What is deep?\n").ToString());

        // When
        var (code, _, error) = await ImportJsonAsync(path);

        // Then
        Assert.Equal(1, code);
        Assert.Matches(@"^viva: deep\.md:(5|\d\d): lists or quotes nested more than 64 levels deep; nothing imported from this file$", error.Trim());
    }

    [Fact]
    public async Task Should_Still_Import_Nesting_That_Real_Notes_Use()
    {
        // Given: ten levels of lists inside a quote, a rule of spaced dashes, and an indented code block
        var text = new StringBuilder("## What is PCA?\n\n");
        for (var i = 0; i < 10; i++)
        {
            text.Append("> ").Append(' ', 2 * i).Append("- point ").Append(i).Append('\n');
        }

        text.Append('\n').Append(string.Join(' ', Enumerable.Repeat('-', 100))).Append("\n\n").Append(' ', 200).Append("- indented code\n");
        var path = _viva.Write("nested.md", text.ToString());

        // When
        var (code, output, error) = await ImportJsonAsync(path);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("point 9", json.RootElement.GetProperty("questions")[0].GetProperty("answer").GetString());
    }

    private async Task<(int Code, string Out, string Error)> ImportJsonAsync(string path)
    {
        var watch = Stopwatch.StartNew();
        var result = await Task.Run(() => _viva.RunAsync("import", path, "--json")).WaitAsync(Patience);
        Assert.True(watch.Elapsed < Patience, $"the import took {watch.Elapsed}");
        return result;
    }

    private static List<string> Sources(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetString()!)];
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
