using Viva.Core.Import;
using Viva.Core.Import.Anki;

namespace Viva.Storage.Sqlite.Anki;

/// <summary>
/// An Anki package made ready for the importer: its questions read, and its review log kept for the cards the import
/// gives them.
/// </summary>
/// <param name="Document">The document to import (its questions already read).</param>
/// <param name="Extraction">The questions and the Anki cards behind each.</param>
/// <param name="Reviews">The package's review log.</param>
public sealed record AnkiPackageImport(ImportDocument Document, AnkiExtraction Extraction, IReadOnlyList<AnkiReview> Reviews)
{
    /// <summary>Largest package read (media included), in bytes.</summary>
    public const long MaxPackageBytes = 512L * 1024 * 1024;

    /// <summary>Largest media file kept from a package.</summary>
    public const long MaxMediaFileBytes = 20L * 1024 * 1024;

    /// <summary>The package's media files that its questions and answers show.</summary>
    public IReadOnlyList<AnkiMediaFile> Media { get; init; } = [];

    /// <summary>Whether <paramref name="name"/> names an Anki package (<c>.apkg</c> or <c>.colpkg</c>).</summary>
    public static bool IsPackage(string name) =>
        Path.GetExtension(name ?? string.Empty).ToUpperInvariant() is ".APKG" or ".COLPKG";

    /// <summary>Reads the package <paramref name="source"/>; throws <see cref="AnkiPackageException"/> with a one-line reason when it cannot.</summary>
    public static AnkiPackageImport Read(string source, ReadOnlyMemory<byte> content)
    {
        var contents = AnkiPackageReader.Read(content);
        var extraction = AnkiNoteParser.Parse(source, contents);
        var shown = extraction.Extraction.Questions.SelectMany(q => AnkiMedia.Names(q.Text).Concat(AnkiMedia.Names(q.Answer ?? string.Empty)));
        return new AnkiPackageImport(new ImportDocument(source, content) { Extraction = extraction.Extraction }, extraction, contents.Reviews)
        {
            Media = AnkiPackageReader.ReadMedia(content, shown, MaxMediaFileBytes),
        };
    }

    /// <summary>Writes the media files into <paramref name="folder"/> under their names (replacing older copies); returns how many.</summary>
    public int SaveMedia(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (Media.Count == 0)
        {
            return 0;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in Media)
        {
            File.WriteAllBytes(Path.Combine(folder, file.Name), file.Content.ToArray());
        }

        return Media.Count;
    }

    /// <summary>
    /// The reviews for each Viva card, once <paramref name="report"/> has given this package's questions their cards (the
    /// reviews of Anki cards whose questions became duplicates of one Viva card go to that card together).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AnkiReview>> ReviewsByCard(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var byAnkiCard = Reviews.ToLookup(r => r.CardId);
        var result = new Dictionary<string, List<AnkiReview>>(StringComparer.Ordinal);
        foreach (var imported in report.Questions.Where(q => q.Question.Question.Source == Document.Source))
        {
            if (!Extraction.CardsByLine.TryGetValue(imported.Question.Question.Line, out var cards))
            {
                continue;
            }

            var reviews = cards.SelectMany(c => byAnkiCard[c]).ToList();
            if (reviews.Count > 0)
            {
                var card = imported.Question.Cluster;
                if (!result.TryGetValue(card, out var list))
                {
                    result[card] = list = [];
                }

                list.AddRange(reviews);
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<AnkiReview>)[.. p.Value.DistinctBy(r => r.Id).OrderBy(r => r.Id)], StringComparer.Ordinal);
    }
}
