using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Web.Api.Contracts;
using Viva.Web.Data;

namespace Viva.Web.Import;

/// <summary>
/// Imports uploaded Markdown files. Every file gets a report; a file that cannot be read or parsed stores
/// nothing (the import service applies each run in one transaction and skips failed documents). Imports from the
/// web and the command line into one bank wait for each other (the store's import lock).
/// </summary>
public sealed class UploadImporter(BankLease bank, DuplicateLinker linker, TimeProvider time)
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    /// <summary>Imports <paramref name="files"/>; the reports keep the upload order.</summary>
    public async Task<ImportResponse> ImportAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var documents = new List<ImportDocument>();
        var rejected = new Dictionary<int, DocumentDto>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var name = Path.GetFileName(file.FileName);
            if (Reject(file, name) is { } reason)
            {
                rejected[i] = new DocumentDto(name, true, 0, 0, 0, 0, 0, 0, 0, [new DiagnosticDto(1, "error", reason)]);
                continue;
            }

            using var memory = new MemoryStream();
            await file.CopyToAsync(memory, cancellationToken);
            documents.Add(new ImportDocument(name, memory.ToArray()));
        }

        ImportReport? report = null;
        if (documents.Count > 0)
        {
            report = await new ImportService(bank.Store, linker, time).ImportAsync(documents, dryRun: false, cancellationToken: cancellationToken);
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
            results.Add(DocumentDto.From(document) with { LinkedToCurated = linked });
        }

        return new ImportResponse(results);
    }

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
            return "only .md, .markdown and .txt files can be imported";
        }

        if (file.Length > SourceDecoder.MaxDocumentBytes)
        {
            return $"the file is larger than {SourceDecoder.MaxDocumentBytes / (1024 * 1024)} MB";
        }

        return file.Length == 0 ? "the file is empty" : null;
    }
}
