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

    public static bool IsProse(ReadOnlySpan<char> block)
    {
        int lines = 0, codeLike = 0;
        foreach (var range in block.Split('\n'))
        {
            var line = block[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            lines++;
            if (IsCodeLike(line))
            {
                codeLike++;
            }
        }

        return lines > 0 && codeLike * 10 < lines * 3;
    }

    // The first characters of the starts above: a line that opens with none of them starts like no code.
    private static readonly System.Buffers.SearchValues<char> CodeInitials = System.Buffers.SearchValues.Create(string.Concat(CodeStarts.Select(s => s[0])));

    private static bool IsCodeLike(ReadOnlySpan<char> line)
    {
        if (CodeInitials.Contains(line[0]))
        {
            foreach (var start in CodeStarts)
            {
                if (line.StartsWith(start, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        // The checks on how the line ends need no count of its characters.
        if (line.EndsWith(";") || line.EndsWith("{") || (line.EndsWith(":") && line.Contains('(')))
        {
            return true;
        }

        int symbols = 0, letters = 0;
        foreach (var c in line)
        {
            if (c is '=' or ';' or '{' or '}' or '[' or ']' or '<' or '>' or '_')
            {
                symbols++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return symbols * 8 > Math.Max(letters, 1);
    }
}
