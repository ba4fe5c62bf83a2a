namespace Viva.Core.Import;

/// <summary>
/// Tells prose from code in an indented block: many documents indent their answers, which Markdown
/// reads as code, though they are sentences.
/// </summary>
internal static class ProseDetector
{
    private static readonly string[] CodeStarts =
    [
        "def ", "class ", "import ", "from ", "return", "print(", "for ", "while ", "if ", "elif ", "else:", "#include",
        "var ", "public ", "private ", "const ", "let ", "function ", "SELECT ", "select ", "'''", "\"\"\"", "}", "{", "//", ">>>",
    ];

    public static bool IsProse(string block)
    {
        var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return false;
        }

        var codeLike = lines.Count(IsCodeLike);
        return codeLike * 10 < lines.Count * 3;
    }

    private static bool IsCodeLike(string line)
    {
        if (CodeStarts.Any(s => line.StartsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        var symbols = line.Count(c => c is '=' or ';' or '{' or '}' or '[' or ']' or '<' or '>' or '_');
        var letters = line.Count(char.IsLetter);
        return line.EndsWith(';') || line.EndsWith('{') || symbols * 8 > Math.Max(letters, 1)
            || (line.EndsWith(':') && line.Contains('(', StringComparison.Ordinal));
    }
}
