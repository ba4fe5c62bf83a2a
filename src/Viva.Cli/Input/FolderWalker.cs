using Viva.Core.Import;

namespace Viva.Cli.Input;

/// <summary>
/// Finds the documents under a folder. Links are followed, but each folder is searched once however many
/// links lead to it (a link back to a parent would otherwise never end), and only regular files are kept:
/// a named pipe, socket or device with a document's name is skipped with a notice.
/// </summary>
public static class FolderWalker
{
    /// <summary>The documents under <paramref name="root"/> in name order, and a notice per file or folder skipped.</summary>
    /// <param name="root">The folder to search.</param>
    /// <param name="isDocument">Whether a file name is one to read.</param>
    public static (List<(string Path, string Source)> Files, List<ImportDiagnostic> Notices) Walk(string root, Func<string, bool> isDocument)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(isDocument);
        var files = new List<(string Path, string Source)>();
        var notices = new List<ImportDiagnostic>();
        var searched = new HashSet<FileIdentity> { FileProbe.Probe(root).Identity };
        var pending = new Stack<string>([root]);
        var options = new EnumerationOptions { IgnoreInaccessible = true };
        while (pending.TryPop(out var folder))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                notices.Add(Notice(folder, $"skipped: cannot read the folder: {exception.Message}"));
                continue;
            }

            foreach (var entry in entries)
            {
                var isLink = entry.LinkTarget is not null;
                var named = isDocument(entry.Name);
                if (!named && !isLink && entry is not DirectoryInfo)
                {
                    continue;
                }

                var (kind, identity) = FileProbe.Probe(entry.FullName);
                switch (kind)
                {
                    case FileKind.Directory when searched.Add(identity):
                        pending.Push(entry.FullName);
                        break;
                    case FileKind.Directory when isLink:
                        notices.Add(Notice(entry.FullName, $"skipped: a link to a folder already searched ({entry.LinkTarget})"));
                        break;
                    case FileKind.Regular when named:
                        files.Add((entry.FullName, Path.GetRelativePath(root, entry.FullName).Replace('\\', '/')));
                        break;
                    case FileKind.Missing when named:
                        notices.Add(Notice(entry.FullName, isLink ? $"skipped: a link to nothing ({entry.LinkTarget})" : "skipped: it vanished while the folder was read"));
                        break;
                    case not (FileKind.Regular or FileKind.Directory or FileKind.Missing) when named:
                        notices.Add(Notice(entry.FullName, $"skipped: {Describe(kind)}, not a regular file"));
                        break;
                }
            }
        }

        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Source, b.Source));
        return (files, notices);
    }

    /// <summary>What a file that is not read is, in words.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static ImportDiagnostic Notice(string path, string message) => new(path, 1, DiagnosticSeverity.Warning, message);
}
