using System.Diagnostics;
using Viva.Core.Exercises;

namespace Viva.Cli.Exercises;

/// <summary>Gets the code of an attempt: from a file, from the user's <c>$EDITOR</c> opened on the starter, or from standard input.</summary>
internal static class AttemptReader
{
    /// <summary>Opens <c>$EDITOR</c> on a temporary file holding the starter and returns what was saved; null when no editor is set or it failed.</summary>
    public static string? FromEditor(CliContext context, string language, ExerciseCode code)
    {
        var editor = context.GetEnvironmentVariable("VISUAL") ?? context.GetEnvironmentVariable("EDITOR");
        if (string.IsNullOrWhiteSpace(editor) || !context.OpensEditor)
        {
            return null;
        }

        var extension = language switch
        {
            ExerciseLanguages.Sql => ".sql",
            ExerciseLanguages.Python => ".py",
            _ => ".cs",
        };
        var file = Path.Combine(Path.GetTempPath(), $"viva-attempt-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(file, code.Starter ?? "");
        try
        {
            // The editor may carry its own arguments ("code --wait"), so the shell splits it as a user would.
            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"{editor} \"$1\"");
            start.ArgumentList.Add("viva");
            start.ArgumentList.Add(file);
            using var process = Process.Start(start);
            process?.WaitForExit();
            return process is { ExitCode: 0 } ? File.ReadAllText(file) : null;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Reads standard input to its end (Ctrl-D at a terminal).</summary>
    public static string FromInput(CliContext context) => context.In.ReadToEnd();
}
