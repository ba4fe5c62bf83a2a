using Viva.Cli.Input;
using Viva.Core.Import;
using Viva.Storage.Sqlite.Anki;

namespace Viva.Cli;

/// <summary>Turns the PATH arguments of a command into documents: files as given, folders searched recursively.</summary>
public static class InputCollector
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt", ".csv", ".tsv", ".apkg", ".colpkg"];

    /// <summary>A PATH that is really a mistyped option (<c>--bogus</c>) and names no file; null when none is.</summary>
    public static string? UnknownOption(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => p.StartsWith('-') && p.Length > 1 && !File.Exists(p) && !Directory.Exists(p));

    /// <summary>
    /// Reads every document under <paramref name="paths"/>; problems become diagnostics instead of exceptions:
    /// errors for what was named and cannot be read, notices for files skipped while searching a folder. Anki packages
    /// are read here, and also added to <paramref name="packages"/> when given (for their review logs).
    /// </summary>
    public static (List<ImportDocument> Documents, List<ImportDiagnostic> Errors, List<ImportDiagnostic> Notices) Collect(
        IEnumerable<string> paths, List<AnkiPackageImport>? packages = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<ImportDocument>();
        var errors = new List<ImportDiagnostic>();
        var notices = new List<ImportDiagnostic>();
        foreach (var path in paths)
        {
            var (kind, _) = FileProbe.Probe(path);
            switch (kind)
            {
                case FileKind.Directory:
                    var (files, skipped) = FolderWalker.Walk(path, IsDocument);
                    notices.AddRange(skipped);
                    if (files.Count == 0)
                    {
                        errors.Add(Error(path, "folder holds no .md, .markdown, .txt, .csv, .tsv or .apkg files"));
                    }

                    foreach (var (file, source) in files)
                    {
                        Read(file, source, documents, errors, packages);
                    }

                    break;
                case FileKind.Regular:
                    Read(path, Path.GetFileName(path), documents, errors, packages);
                    break;
                case FileKind.Missing:
                    errors.Add(Error(path, "no such file or directory"));
                    break;
                default:
                    errors.Add(Error(path, $"{FolderWalker.Describe(kind)}, not a regular file; only regular files are read"));
                    break;
            }
        }

        return (documents, errors, notices);
    }

    private static bool IsDocument(string name) => Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    private static void Read(string path, string source, List<ImportDocument> documents, List<ImportDiagnostic> errors, List<AnkiPackageImport>? packages)
    {
        if (AnkiPackageImport.IsPackage(path))
        {
            ReadPackage(path, source, documents, errors, packages);
            return;
        }

        try
        {
            if (BoundedFileReader.Read(path, SourceDecoder.MaxDocumentBytes) is { } content)
            {
                documents.Add(new ImportDocument(source, content));
            }
            else
            {
                errors.Add(Error(path, $"file is larger than {SourceDecoder.MaxDocumentBytes / (1024 * 1024)} MB"));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(Error(path, $"cannot read: {exception.Message}"));
        }
    }

    private static void ReadPackage(string path, string source, List<ImportDocument> documents, List<ImportDiagnostic> errors, List<AnkiPackageImport>? packages)
    {
        try
        {
            if (BoundedFileReader.Read(path, AnkiPackageImport.MaxPackageBytes) is not { } content)
            {
                errors.Add(Error(path, $"file is larger than {AnkiPackageImport.MaxPackageBytes / (1024 * 1024)} MB"));
                return;
            }

            var package = AnkiPackageImport.Read(source, content);
            documents.Add(package.Document);
            packages?.Add(package);
        }
        catch (AnkiPackageException exception)
        {
            errors.Add(Error(path, exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(Error(path, $"cannot read: {exception.Message}"));
        }
    }

    private static ImportDiagnostic Error(string path, string message) => new(path, 1, DiagnosticSeverity.Error, message);
}
