using Viva.Core.Storage;

namespace Viva.Core.Import;

/// <summary>
/// The curated bank (<c>content/</c>), embedded in this assembly so every front end ships it, and loaded into the
/// database when it changes.
/// </summary>
public static class CuratedBank
{
    /// <summary>The setting that remembers which version of the embedded bank the database holds.</summary>
    public const string HashSetting = "curated.hash";

    /// <summary>The setting that holds how many seed documents ask each curated question (<c>id\tcount</c> lines).</summary>
    public const string AskedInSetting = "curated.asked-in";

    private const string Prefix = "content/";
    private const string AskedInResource = "curated-asked-in.tsv";

    /// <summary>The embedded documents, named <c>content/area/topic.md</c>.</summary>
    public static IReadOnlyList<ImportDocument> Documents()
    {
        var assembly = typeof(CuratedBank).Assembly;
        var documents = new List<ImportDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            documents.Add(new ImportDocument(name.Replace('\\', '/'), memory.ToArray()));
        }

        return documents;
    }

    /// <summary>Imports the embedded bank unless the database already holds this version of it.</summary>
    /// <param name="store">The bank.</param>
    /// <param name="importer">An import service over <paramref name="store"/>.</param>
    /// <param name="error">Where warnings about the curated files are written.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    public static async Task EnsureLoadedAsync(IQuestionStore store, ImportService importer, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(error);

        // Every command opens the bank, so the check that it is current must not read and hash the whole bank: the
        // build's module id stands for its content (the files are embedded resources of this assembly, and a
        // deterministic build derives the id from everything in it; any other build gets a new id, so the bank is
        // only ever reloaded too often, never too rarely).
        var hash = Version;
        if (await store.GetSettingAsync(HashSetting, cancellationToken).ConfigureAwait(false) == hash)
        {
            return;
        }

        var documents = Documents();
        if (documents.Count == 0)
        {
            return;
        }

        var askedIn = AskedIn();
        var report = await importer.ImportAsync(documents, dryRun: false, new Dictionary<string, string> { [HashSetting] = hash, [AskedInSetting] = askedIn }, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in report.Documents.SelectMany(d => d.Diagnostics).Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            await error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
    }

    private static string AskedIn()
    {
        using var stream = typeof(CuratedBank).Assembly.GetManifestResourceStream(AskedInResource);
        if (stream is null)
        {
            return "";
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The version of the embedded bank and of the importer that reads it (they ship in one assembly).</summary>
    private static string Version => "build:" + typeof(CuratedBank).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
