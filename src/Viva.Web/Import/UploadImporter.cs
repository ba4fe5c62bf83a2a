using Viva.Core.Import;
using Viva.Core.Import.Anki;
using Viva.Core.Linking;
using Viva.Core.Scheduling;
using Viva.Storage.Sqlite.Anki;
using Viva.Web.Api.Contracts;
using Viva.Web.Data;
using Viva.Web.Users;

namespace Viva.Web.Import;

/// <summary>
/// Imports uploaded files: Markdown and text documents, CSV/TSV tables with a header, and Anki packages (whose review
/// history goes into the user's review log). Every file gets a report; a file that cannot be read or parsed stores
/// nothing (the import service applies each run in one transaction and skips failed documents). Imports from the web and
/// the command line into one bank wait for each other (the store's import lock).
/// </summary>
public sealed class UploadImporter(BankLease bank, DuplicateLinker linker, FsrsScheduler scheduler, IUserContext user, TimeProvider time)
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt", ".csv", ".tsv", ".apkg", ".colpkg"];

    /// <summary>Imports <paramref name="files"/>; the reports keep the upload order.</summary>
    public async Task<ImportResponse> ImportAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var documents = new List<ImportDocument>();
        var packages = new List<AnkiPackageImport>();
        var rejected = new Dictionary<int, DocumentDto>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var name = Path.GetFileName(file.FileName);
            if (Reject(file, name) is { } reason)
            {
                rejected[i] = Failed(name, reason);
                continue;
            }

            using var memory = new MemoryStream();
            await file.CopyToAsync(memory, cancellationToken);
            if (!AnkiPackageImport.IsPackage(name))
            {
                documents.Add(new ImportDocument(user.SourcePrefix + name, memory.ToArray()));
                continue;
            }

            try
            {
                var package = AnkiPackageImport.Read(user.SourcePrefix + name, memory.ToArray());
                packages.Add(package);
                documents.Add(package.Document);
            }
            catch (AnkiPackageException exception)
            {
                rejected[i] = Failed(name, exception.Message);
            }
        }

        ImportReport? report = null;
        var histories = new Dictionary<string, AnkiHistoryResult>(StringComparer.Ordinal);
        if (documents.Count > 0)
        {
            report = await new ImportService(bank.Store, linker, time).ImportAsync(documents, dryRun: false, cancellationToken: cancellationToken);
            var stored = report.Documents.Where(d => !d.Failed).Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
            var history = new AnkiHistoryImporter(bank.Store, scheduler, user.UserId);
            foreach (var package in packages.Where(p => p.Reviews.Count > 0 && stored.Contains(p.Document.Source)))
            {
                histories[package.Document.Source] = await history.ImportAsync(package.ReviewsByCard(report), cancellationToken);
            }
        }

        var results = new List<DocumentDto>();
        var next = 0;
        var curated = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (rejected.TryGetValue(i, out var failed))
            {
                results.Add(failed);
                continue;
            }

            var document = report!.Documents[next++];
            var linked = document.Failed ? 0 : await CountLinkedToCuratedAsync(report.Questions.Where(q => q.Question.Question.Source == document.Source), curated, cancellationToken);
            var dto = DocumentDto.From(document) with { LinkedToCurated = linked };
            results.Add(histories.TryGetValue(dto.Source, out var result)
                ? dto with { Diagnostics = [.. dto.Diagnostics, new DiagnosticDto(1, "info", HistoryLine(result))] }
                : dto);
        }

        return new ImportResponse(results);
    }

    private static string HistoryLine(AnkiHistoryResult result) =>
        $"{result.Imported} review(s) from Anki's history added to {result.Cards} card(s)"
        + (result.AlreadyThere > 0 ? $"; {result.AlreadyThere} already in the review log" : string.Empty);

    private static DocumentDto Failed(string name, string reason) => new(name, true, 0, 0, 0, 0, 0, 0, 0, [new DiagnosticDto(1, "error", reason)]);

    // Questions whose cluster holds a curated question; each cluster is looked up once across the upload.
    private async Task<int> CountLinkedToCuratedAsync(IEnumerable<ImportedQuestion> questions, Dictionary<string, bool> curated, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var question in questions)
        {
            var cluster = question.Question.Cluster;
            if (!curated.TryGetValue(cluster, out var linked))
            {
                linked = (await bank.Store.GetClusterAsync(cluster, cancellationToken)).Any(q => q.IsCurated);
                curated[cluster] = linked;
            }

            count += linked ? 1 : 0;
        }

        return count;
    }

    private static string? Reject(IFormFile file, string name)
    {
        if (name.Length == 0)
        {
            return "the file has no name";
        }

        if (!Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            return "only .md, .markdown, .txt, .csv, .tsv and .apkg files can be imported";
        }

        var limit = AnkiPackageImport.IsPackage(name) ? AnkiPackageImport.MaxPackageBytes : SourceDecoder.MaxDocumentBytes;
        if (file.Length > limit)
        {
            return $"the file is larger than {limit / (1024 * 1024)} MB";
        }

        return file.Length == 0 ? "the file is empty" : null;
    }
}
