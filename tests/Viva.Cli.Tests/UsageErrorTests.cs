namespace Viva.Cli.Tests;

/// <summary>Every command helps with --help, and refuses wrong usage with one line on stderr and exit 2, doing nothing.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    public static TheoryData<string> Commands() =>
    [
        "import", "list", "show", "search", "sources", "export", "coverage", "practice", "mock", "plan", "stats",
        "fsrs", "fsrs simulate", "fsrs optimize", "serve", "db", "db migrate", "db copy", "grade", "exercise",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Should_Help_With_Every_Command(string command)
    {
        // When
        var (code, output, error) = await _viva.RunAsync([.. command.Split(' '), "--help"]);

        // Then
        Assert.Equal(0, code);
        // (in-process the usage line names the test host where a terminal shows viva)
        Assert.Matches($@"Usage:\s+\S+ {command} ", output);
        Assert.Contains("Options:", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Should_Refuse_An_Unknown_Option_In_One_Line(string command)
    {
        // When
        var (code, output, error) = await _viva.RunWithInputAsync("q\n", [.. command.Split(' '), "--bogus"]);

        // Then
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"viva: unknown option '--bogus' (run 'viva {command} --help')", error.TrimEnd());
    }

    [Theory]
    [InlineData("viva: unknown command 'bogus' (run 'viva --help')", "bogus")]
    [InlineData("viva: unexpected argument 'extra' (run 'viva list --help')", "list", "extra")]
    [InlineData("viva: unknown option '--bogus' (run 'viva export --help')", "export", "anki", "--bogus")]
    [InlineData("viva: unknown option '-x' (run 'viva show --help')", "show", "-x")]
    [InlineData("viva: Required command was not provided (run 'viva db --help')", "db")]
    [InlineData("viva: Option '--from' is required (run 'viva db copy --help')", "db", "copy")]
    [InlineData("viva: Argument 'hard' not recognized. Must be one of: 'basic', 'intermediate', 'advanced' (run 'viva list --help')", "list", "--level", "hard")]
    [InlineData("viva: --limit: must be at least 1", "list", "--limit", "0")]
    [InlineData("viva: unexpected argument '-3' (run 'viva fsrs simulate --help')", "fsrs", "simulate", "--ratings", "good", "--", "-3")]
    public async Task Should_Say_What_Is_Wrong_In_One_Line(string expected, params string[] args)
    {
        // When
        var (code, output, error) = await _viva.RunAsync(args);

        // Then: nothing done (export anki wrote no file named like the option)
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal(expected, error.TrimEnd());
        Assert.False(File.Exists("--bogus"));
    }

    [Fact]
    public async Task Should_Take_An_Argument_That_Starts_With_A_Dash_After_Two_Dashes()
    {
        // When
        var (code, _, error) = await _viva.RunAsync("show", "--", "-x");

        // Then: an id, looked up and not found
        Assert.Equal(1, code);
        Assert.StartsWith("viva: -x: no question with this id", error, StringComparison.Ordinal);
    }
}
