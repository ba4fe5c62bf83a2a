using Viva.Core.Import;

namespace Viva.Cli;

/// <summary>Turns the PATH arguments of a command into documents: files as given, folders searched recursively.</summary>
public static class InputCollector
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    /// <summary>A PATH that is really a mistyped option (<c>--bogus</c>) and names no file; null when none is.</summary>
    public static string? UnknownOption(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => p.StartsWith('-') && p.Length > 1 && !File.Exists(p) && !Directory.Exists(p));

    /// <summary>Reads every document under <paramref name="paths"/>; problems become diagnostics instead of exceptions.</summary>
    public static (List<ImportDocument> Documents, List<ImportDiagnostic> Errors) Collect(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<ImportDocument>();
        var errors = new List<ImportDiagnostic>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    errors.Add(Error(path, "folder holds no .md, .markdown or .txt files"));
                }

                foreach (var file in files)
                {
                    Read(file, Path.GetRelativePath(path, file).Replace('\\', '/'), documents, errors);
                }
            }
            else if (File.Exists(path))
            {
                Read(path, Path.GetFileName(path), documents, errors);
            }
            else
            {
                errors.Add(Error(path, "no such file or directory"));
            }
        }

        return (documents, errors);
    }

    private static void Read(string path, string source, List<ImportDocument> documents, List<ImportDiagnostic> errors)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > SourceDecoder.MaxDocumentBytes)
            {
                errors.Add(Error(path, $"file is larger than {SourceDecoder.MaxDocumentBytes / (1024 * 1024)} MB ({length:N0} bytes)"));
                return;
            }

            documents.Add(new ImportDocument(source, File.ReadAllBytes(path)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(Error(path, $"cannot read: {exception.Message}"));
        }
    }

    private static ImportDiagnostic Error(string path, string message) => new(path, 1, DiagnosticSeverity.Error, message);
}
