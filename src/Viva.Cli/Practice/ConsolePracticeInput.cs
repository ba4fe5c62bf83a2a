using System.Text;

namespace Viva.Cli.Practice;

/// <summary>
/// Reads a session at a terminal key by key: answers are edited here rather than by the terminal's line mode, so
/// <c>u</c>, <c>s</c> and <c>q</c> act at once on an empty answer and Ctrl-D submits on one press.
/// </summary>
/// <param name="readKey">The next key press, not echoed.</param>
/// <param name="echo">Where typed text is shown.</param>
public sealed class ConsolePracticeInput(Func<ConsoleKeyInfo> readKey, TextWriter echo) : IPracticeInput
{
    private const char EndOfTransmission = '\u0004';

    private readonly TextPracticeInput _lines = new(Console.In);

    /// <summary>Reads from the process's terminal.</summary>
    public ConsolePracticeInput()
        : this(() => Console.ReadKey(intercept: true), Console.Out)
    {
    }

    /// <inheritdoc/>
    public string? ReadAnswer()
    {
        var answer = new StringBuilder();
        var line = new StringBuilder();
        while (true)
        {
            var key = readKey();
            if (IsCtrlD(key))
            {
                echo.WriteLine();
                answer.Append(line);

                // One press submits what was typed; with nothing typed it ends the session, as end of input does.
                return answer.ToString().Trim().Length > 0 ? answer.ToString().TrimEnd() : null;
            }

            if (key.Key == ConsoleKey.Enter)
            {
                echo.WriteLine();
                if (line.ToString().Trim().Length == 0)
                {
                    return answer.ToString().TrimEnd();
                }

                answer.AppendLine(line.ToString());
                line.Clear();
                continue;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (line.Length > 0)
                {
                    line.Length--;
                    echo.Write("\b \b");
                }

                continue;
            }

            // Lower-case u, s or q on an empty answer is a command; a capital starts an answer that begins with that letter.
            if (answer.Length == 0 && line.Length == 0 && key.KeyChar is 'u' or 's' or 'q')
            {
                echo.WriteLine(key.KeyChar);
                return key.KeyChar.ToString();
            }

            if (!char.IsControl(key.KeyChar))
            {
                line.Append(key.KeyChar);
                echo.Write(key.KeyChar);
            }
        }
    }

    /// <inheritdoc/>
    public string? ReadCode() => _lines.ReadCode();

    /// <inheritdoc/>
    public string? ReadChoice()
    {
        var key = readKey();
        return key.Key switch
        {
            ConsoleKey.Enter => "",
            ConsoleKey.Escape => "q",
            _ when IsCtrlD(key) => null,
            _ => char.ToLowerInvariant(key.KeyChar).ToString(),
        };
    }

    private static bool IsCtrlD(ConsoleKeyInfo key) =>
        key.KeyChar == EndOfTransmission || (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.D);
}
