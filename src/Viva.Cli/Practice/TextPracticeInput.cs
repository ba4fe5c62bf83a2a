using System.Text;

namespace Viva.Cli.Practice;

/// <summary>Reads a session from lines of text: a pipe, a file, or a terminal without single-key input.</summary>
public sealed class TextPracticeInput(TextReader reader) : IPracticeInput
{
    /// <inheritdoc/>
    public string? ReadAnswer()
    {
        var answer = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                return answer.ToString().TrimEnd();
            }

            // q, s or u alone on the first line is a command, not the start of an answer.
            if (answer.Length == 0 && line.Trim().ToLowerInvariant() is "q" or "s" or "u")
            {
                return line.Trim().ToLowerInvariant();
            }

            answer.AppendLine(line);
        }

        // Ctrl-D (end of input) submits what was typed; with nothing typed it ends the session.
        return answer.Length > 0 ? answer.ToString().TrimEnd() : null;
    }

    /// <inheritdoc/>
    public string? ReadCode()
    {
        var code = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() == ".")
            {
                return code.ToString();
            }

            if (code.Length == 0 && line.Trim().ToLowerInvariant() is "q" or "s" or "u" or "h")
            {
                return line.Trim().ToLowerInvariant();
            }

            code.AppendLine(line);
        }

        return code.Length > 0 ? code.ToString() : null;
    }

    /// <inheritdoc/>
    public string? ReadChoice() => reader.ReadLine()?.Trim().ToLowerInvariant();
}
