namespace Viva.Cli.Practice;

/// <summary>Reads a session at a terminal: answers line by line, choices as single key presses.</summary>
public sealed class ConsolePracticeInput : IPracticeInput
{
    private readonly TextPracticeInput _lines = new(Console.In);

    /// <inheritdoc/>
    public string? ReadAnswer() => _lines.ReadAnswer();

    /// <inheritdoc/>
    public string? ReadCode() => _lines.ReadCode();

    /// <inheritdoc/>
    public string? ReadChoice()
    {
        var key = Console.ReadKey(intercept: true);
        return key.Key switch
        {
            ConsoleKey.Enter => "",
            ConsoleKey.Escape => "q",
            _ when key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.D => null,
            _ => char.ToLowerInvariant(key.KeyChar).ToString(),
        };
    }
}
