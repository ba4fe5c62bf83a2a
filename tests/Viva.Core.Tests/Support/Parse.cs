using System.Text;
using Viva.Core.Import;

namespace Viva.Core.Tests.Support;

/// <summary>Decodes and parses a document the way an import does.</summary>
public static class Parse
{
    public static DocumentExtraction Text(string markdown, string source = "doc.md") => Bytes(Encoding.UTF8.GetBytes(markdown), source);

    public static DocumentExtraction Bytes(byte[] bytes, string source = "doc.md")
    {
        var decoded = SourceDecoder.Decode(source, bytes);
        Assert.Null(decoded.Error);
        return MarkdownQuestionParser.Parse(source, decoded.Text!);
    }

    public static DocumentExtraction File(string path) => Bytes(System.IO.File.ReadAllBytes(path), Path.GetFileName(path));
}
