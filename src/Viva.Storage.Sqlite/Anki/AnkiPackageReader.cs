using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Viva.Core.Import.Anki;

namespace Viva.Storage.Sqlite.Anki;

/// <summary>
/// Reads an Anki package (<c>.apkg</c>, or a whole collection <c>.colpkg</c>): note types, notes, cards and the review log.
/// <c>collection.anki21</c> is preferred to <c>collection.anki2</c> (which newer Anki versions fill with a placeholder); a
/// package holding only the newer compressed <c>collection.anki21b</c> is refused, with what to do instead.
/// </summary>
public static class AnkiPackageReader
{
    /// <summary>Largest collection read from a package (uncompressed), so a crafted archive cannot fill the disk.</summary>
    public const long MaxCollectionBytes = 1L << 30;

    /// <summary>Reads the package in <paramref name="package"/>; throws <see cref="AnkiPackageException"/> with a one-line reason when it cannot.</summary>
    public static AnkiPackageContents Read(ReadOnlyMemory<byte> package)
    {
        using var stream = new MemoryStream(package.ToArray(), writable: false);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new AnkiPackageException("not an Anki package: the file is not a zip archive");
        }

        using (zip)
        {
            var entry = Entry(zip, "collection.anki21") ?? (Entry(zip, "collection.anki21b") is not null
                ? throw new AnkiPackageException("the deck is in the newer Anki format only; export it again from Anki with \"Support older Anki versions\" ticked")
                : Entry(zip, "collection.anki2") ?? throw new AnkiPackageException("not an Anki package: the archive holds no collection.anki2 or collection.anki21"));
            var scratch = Directory.CreateTempSubdirectory("viva-anki-");
            try
            {
                var file = Path.Combine(scratch.FullName, "collection.db");
                Extract(entry, file);
                return ReadCollection(file);
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }
    }

    /// <summary>
    /// The media files of the package among <paramref name="names"/>: the legacy <c>media</c> list maps each numbered entry
    /// to its name. Names that are not plain file names, entries missing or over <paramref name="maxFileBytes"/>, and a
    /// list in the newer binary form are left out: media are a courtesy, never a reason to refuse a deck.
    /// </summary>
    public static IReadOnlyList<AnkiMediaFile> ReadMedia(ReadOnlyMemory<byte> package, IEnumerable<string> names, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(names);
        var wanted = names.Where(AnkiMedia.IsPlainName).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return [];
        }

        try
        {
            using var stream = new MemoryStream(package.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            if (Entry(zip, "media") is not { Length: < 64L * 1024 * 1024 } list)
            {
                return [];
            }

            using var reader = new StreamReader(list.Open());
            using var map = JsonDocument.Parse(reader.ReadToEnd());
            var files = new List<AnkiMediaFile>();
            foreach (var pair in map.RootElement.EnumerateObject())
            {
                if (pair.Value.ValueKind == JsonValueKind.String && pair.Value.GetString() is { } name && wanted.Remove(name)
                    && Entry(zip, pair.Name) is { } entry && entry.Length <= maxFileBytes)
                {
                    using var content = entry.Open();
                    using var copy = new MemoryStream();
                    content.CopyTo(copy);
                    files.Add(new AnkiMediaFile(name, copy.ToArray()));
                }
            }

            return files;
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException or InvalidOperationException)
        {
            return [];
        }
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string name) =>
        zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.Ordinal));

    private static void Extract(ZipArchiveEntry entry, string file)
    {
        try
        {
            using var source = entry.Open();
            using var target = File.Create(file);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                total += read;
                if (total > MaxCollectionBytes)
                {
                    throw new AnkiPackageException($"the collection inside is larger than {MaxCollectionBytes / (1024 * 1024)} MB");
                }

                target.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException exception)
        {
            throw new AnkiPackageException($"the archive is damaged: {exception.Message}", exception);
        }
    }

    private static AnkiPackageContents ReadCollection(string file)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!tables.Contains("col") || !tables.Contains("notes") || !tables.Contains("cards"))
            {
                throw new AnkiPackageException("not an Anki collection: it has no col, notes and cards tables");
            }

            var noteTypes = NoteTypes(connection, tables);
            var notes = new List<AnkiNote>();
            Each(connection, "SELECT id, guid, mid, flds, tags FROM notes ORDER BY id", r => notes.Add(new AnkiNote(
                r.GetInt64(0), r.GetString(1), r.GetInt64(2), AnkiNoteFields.Split(r.GetString(3)), AnkiNoteFields.SplitTags(r.GetString(4)))));
            var cards = new List<AnkiCard>();
            Each(connection, "SELECT id, nid, ord FROM cards ORDER BY id", r => cards.Add(new AnkiCard(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2))));
            var reviews = new List<AnkiReview>();
            if (tables.Contains("revlog"))
            {
                Each(connection, "SELECT id, cid, ease, ivl, type, time FROM revlog ORDER BY id", r => reviews.Add(new AnkiReview(
                    r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), (int)Math.Clamp(r.GetInt64(3), int.MinValue, int.MaxValue), r.GetInt32(4),
                    (int)Math.Clamp(r.GetInt64(5), 0, int.MaxValue))));
            }

            return new AnkiPackageContents(noteTypes, notes, cards, reviews);
        }
        catch (SqliteException exception)
        {
            throw new AnkiPackageException($"not an Anki collection: {exception.Message.Split('\n')[0]}", exception);
        }
        catch (InvalidCastException exception)
        {
            throw new AnkiPackageException($"not an Anki collection: a column holds an unexpected value ({exception.Message})", exception);
        }
    }

    // Schema 11 keeps note types as JSON in col.models; newer schemas keep them in tables, with the cloze kind inside a
    // binary blob, so there a note type is taken for cloze when its name says so.
    private static Dictionary<long, AnkiNoteType> NoteTypes(SqliteConnection connection, HashSet<string> tables)
    {
        var types = new Dictionary<long, AnkiNoteType>();
        var models = Strings(connection, "SELECT models FROM col LIMIT 1").FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(models))
        {
            try
            {
                using var json = JsonDocument.Parse(models);
                foreach (var model in json.RootElement.EnumerateObject().Select(p => p.Value))
                {
                    var id = model.GetProperty("id") is { ValueKind: JsonValueKind.String } text
                        ? long.Parse(text.GetString()!, CultureInfo.InvariantCulture) : model.GetProperty("id").GetInt64();
                    var fields = model.GetProperty("flds").EnumerateArray()
                        .OrderBy(f => f.TryGetProperty("ord", out var ord) ? ord.GetInt32() : 0)
                        .Select(f => f.GetProperty("name").GetString() ?? string.Empty).ToList();
                    var isCloze = model.TryGetProperty("type", out var kind) && kind.ValueKind == JsonValueKind.Number && kind.GetInt32() == 1;
                    types[id] = new AnkiNoteType(id, model.TryGetProperty("name", out var name) ? name.GetString() ?? string.Empty : string.Empty, isCloze, fields, Templates(model));
                }
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new AnkiPackageException($"not an Anki collection: its note types cannot be read ({exception.Message.Split('\n')[0]})", exception);
            }
        }
        else if (tables.Contains("notetypes") && tables.Contains("fields"))
        {
            var names = new Dictionary<long, string>();
            Each(connection, "SELECT id, name FROM notetypes", r => names[r.GetInt64(0)] = r.GetString(1));
            var fields = new List<(long Type, int Ord, string Name)>();
            Each(connection, "SELECT ntid, ord, name FROM fields", r => fields.Add((r.GetInt64(0), r.GetInt32(1), r.GetString(2))));
            foreach (var (id, name) in names)
            {
                types[id] = new AnkiNoteType(id, name, name.Contains("cloze", StringComparison.OrdinalIgnoreCase),
                    [.. fields.Where(f => f.Type == id).OrderBy(f => f.Ord).Select(f => f.Name)], []);
            }
        }

        return types;
    }

    // A template's ord is its place in the list when it has none of its own.
    private static List<AnkiTemplate> Templates(JsonElement model)
    {
        if (!model.TryGetProperty("tmpls", out var templates) || templates.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. templates.EnumerateArray().Select((t, i) => new AnkiTemplate(
            t.TryGetProperty("ord", out var ord) && ord.ValueKind == JsonValueKind.Number ? ord.GetInt32() : i,
            Text(t, "qfmt"), Text(t, "afmt")))];
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        var list = new List<string>();
        Each(connection, sql, r => list.Add(r.IsDBNull(0) ? string.Empty : r.GetString(0)));
        return list;
    }

    private static void Each(SqliteConnection connection, string sql, Action<SqliteDataReader> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            read(reader);
        }
    }
}
