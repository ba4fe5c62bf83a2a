using Viva.Cli;

namespace Viva.Cli.Tests;

/// <summary>Runs <c>viva</c> in-process against a temp <c>VIVA_HOME</c>, capturing stdout and stderr.</summary>
public sealed class VivaRunner : IDisposable
{
    public VivaRunner() => Home = Directory.CreateTempSubdirectory("viva-cli-").FullName;

    public string Home { get; }

    /// <summary>The environment the app sees (the real one is not consulted), e.g. VIVA_LLM_URL.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public string Write(string name, string text)
    {
        var path = Path.Combine(Home, "docs", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Whether an exercise attempt is written in the environment's $VISUAL or $EDITOR, as at a terminal.</summary>
    public bool OpensEditor { get; set; }

    /// <summary>The terminal's width in columns, as a terminal of that size reports it (null: the width of redirected output).</summary>
    public int? Width { get; set; }

    public Task<(int Code, string Out, string Error)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public async Task<(int Code, string Out, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        return await RunWithReaderAsync(reader, args);
    }

    /// <summary>Runs with standard input read from <paramref name="reader"/> (e.g. one that moves the clock as lines are typed).</summary>
    public async Task<(int Code, string Out, string Error)> RunWithReaderAsync(TextReader reader, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Path.Combine(Home, "data"), Clock, reader)
        {
            GetEnvironmentVariable = name => Environment.GetValueOrDefault(name),
            OpensEditor = OpensEditor,
        };
        if (Width is { } width)
        {
            context.Console.Profile.Width = width;
        }

        var code = await VivaApp.RunAsync(args, context);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
