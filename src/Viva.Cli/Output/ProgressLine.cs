namespace Viva.Cli.Output;

/// <summary>
/// A one-line progress report on stderr for long imports, redrawn in place; silent when stderr is
/// not a terminal (scripts, CI, tests) so it never mixes with output that is parsed.
/// </summary>
public sealed class ProgressLine : IProgress<string>, IDisposable
{
    private const int LongWork = 5;
    private readonly TextWriter _error;
    private readonly int _total;
    private int _done;
    private int _width;

    private ProgressLine(TextWriter error, int total)
    {
        _error = error;
        _total = total;
    }

    /// <summary>A progress line when the work is long and stderr is a terminal; otherwise null.</summary>
    public static ProgressLine? ForLongWork(CliContext context, int documents)
    {
        ArgumentNullException.ThrowIfNull(context);
        return documents >= LongWork && context.Error == Console.Error && !Console.IsErrorRedirected
            ? new ProgressLine(context.Error, documents)
            : null;
    }

    /// <inheritdoc/>
    public void Report(string value)
    {
        var line = _done < _total ? $"[{++_done}/{_total}] {value}" : value;
        line = line.Length > 78 ? line[..77] + "…" : line;
        _error.Write("\r" + line.PadRight(_width));
        _width = line.Length;
    }

    /// <summary>Clears the line.</summary>
    public void Dispose() => _error.Write("\r" + new string(' ', _width) + "\r");
}
