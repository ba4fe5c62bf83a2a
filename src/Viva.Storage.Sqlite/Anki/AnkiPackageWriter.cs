using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Viva.Core.Import.Anki;
using Viva.Core.Text;

namespace Viva.Storage.Sqlite.Anki;

/// <summary>
/// Writes an Anki package (<c>.apkg</c>): a zip holding <c>collection.anki2</c>, a schema-11 collection with one note type
/// (Question, Answer, Key points) and one deck of new cards, and the <c>media</c> list naming the media entries
/// (<c>0</c>, <c>1</c>, …) that travel with it, if any. The note type's id and each
/// note's GUID are the same on every export, so importing a later export into Anki updates the notes instead of adding them
/// again.
/// </summary>
public static partial class AnkiPackageWriter
{
    /// <summary>The note type's id: fixed, so Anki recognises the note type of an earlier export.</summary>
    public const long NoteTypeId = 1_733_400_000_000;

    private const string NoteTypeName = "Viva question";

    private const string Css = """
        .card { font-family: sans-serif; font-size: 18px; text-align: left; color: black; background-color: white; }
        .key-points { margin-top: 1em; font-size: 16px; }
        pre { background: #f4f4f4; padding: 0.5em; overflow-x: auto; }
        table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; }
        """;

    /// <summary>
    /// Writes <paramref name="notes"/> as the deck <paramref name="deckName"/> to <paramref name="path"/>, with the media files
    /// <paramref name="mediaFiles"/> (paths; Anki knows each by its file name); an existing file is replaced only once the new
    /// one is complete.
    /// </summary>
    public static void Write(string path, string deckName, IReadOnlyList<AnkiExportNote> notes, DateTimeOffset now, IReadOnlyList<string>? mediaFiles = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(deckName);
        ArgumentNullException.ThrowIfNull(notes);
        var scratch = Directory.CreateTempSubdirectory("viva-anki-");
        try
        {
            var collection = Path.Combine(scratch.FullName, "collection.anki2");
            WriteCollection(collection, deckName, notes, now);
            var package = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
            try
            {
                using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
                {
                    zip.CreateEntryFromFile(collection, "collection.anki2", CompressionLevel.Optimal);
                    // Media travel as entries "0", "1", … and the list "media" names each.
                    var names = new JsonObject();
                    foreach (var (file, number) in (mediaFiles ?? []).Select((f, i) => (f, i.ToString(CultureInfo.InvariantCulture))))
                    {
                        zip.CreateEntryFromFile(file, number, CompressionLevel.Optimal);
                        names[number] = Path.GetFileName(file);
                    }

                    using var media = new StreamWriter(zip.CreateEntry("media").Open(), new UTF8Encoding(false));
                    media.Write(names.ToJsonString());
                }

                File.Move(package, path, overwrite: true);
            }
            finally
            {
                File.Delete(package);
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>The deck's id: derived from its name, so the same deck keeps its id.</summary>
    public static long DeckId(string deckName) => 1_500_000_000_000 + (long)(StableHash.Of("viva-deck:" + deckName) % 100_000_000_000UL);

    private static void WriteCollection(string file, string deckName, IReadOnlyList<AnkiExportNote> notes, DateTimeOffset now)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (var schema = connection.CreateCommand())
        {
            schema.CommandText = AnkiSchema.Create + "PRAGMA journal_mode = DELETE;";
            schema.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        var seconds = now.ToUnixTimeSeconds();
        var millis = now.ToUnixTimeMilliseconds();
        var deckId = DeckId(deckName);
        using (var col = connection.CreateCommand())
        {
            col.Transaction = transaction;
            col.CommandText = """
                INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
                VALUES (1, $crt, $mod, $mod, $ver, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')
                """;
            col.Parameters.AddWithValue("$crt", new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeSeconds());
            col.Parameters.AddWithValue("$mod", millis);
            col.Parameters.AddWithValue("$ver", AnkiSchema.Version);
            col.Parameters.AddWithValue("$conf", Configuration(deckId).ToJsonString());
            col.Parameters.AddWithValue("$models", Models(deckId, seconds).ToJsonString());
            col.Parameters.AddWithValue("$decks", Decks(deckId, deckName, seconds).ToJsonString());
            col.Parameters.AddWithValue("$dconf", DeckOptions().ToJsonString());
            col.ExecuteNonQuery();
        }

        using var note = connection.CreateCommand();
        note.Transaction = transaction;
        note.CommandText = """
            INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
            VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')
            """;
        using var card = connection.CreateCommand();
        card.Transaction = transaction;
        card.CommandText = """
            INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data)
            VALUES ($id, $nid, $did, 0, $mod, -1, 0, 0, $due, 0, 0, 0, 0, 0, 0, 0, 0, '')
            """;
        for (var i = 0; i < notes.Count; i++)
        {
            var n = notes[i];
            var sortField = SortText(n.Question);
            note.Parameters.Clear();
            note.Parameters.AddWithValue("$id", millis + i);
            note.Parameters.AddWithValue("$guid", n.NoteGuid);
            note.Parameters.AddWithValue("$mid", NoteTypeId);
            note.Parameters.AddWithValue("$mod", seconds);
            note.Parameters.AddWithValue("$tags", AnkiNoteFields.JoinTags([.. n.Tags]));
            note.Parameters.AddWithValue("$flds", AnkiNoteFields.Join([n.Question, n.Answer, n.KeyPoints]));
            note.Parameters.AddWithValue("$sfld", sortField);
            note.Parameters.AddWithValue("$csum", Checksum(sortField));
            note.ExecuteNonQuery();

            card.Parameters.Clear();
            card.Parameters.AddWithValue("$id", millis + i);
            card.Parameters.AddWithValue("$nid", millis + i);
            card.Parameters.AddWithValue("$did", deckId);
            card.Parameters.AddWithValue("$mod", seconds);
            card.Parameters.AddWithValue("$due", i + 1);
            card.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    // Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field's text. A format Anki fixes, not security.
#pragma warning disable CA5350
    private static long Checksum(string text) =>
        long.Parse(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
#pragma warning restore CA5350

    // Anki's own stripping for the sort field and the checksum: a media tag leaves its file name between spaces, every other
    // tag goes without a trace, entities are decoded (a no-break space becomes a space), and nothing is trimmed.
    private static string SortText(string html)
    {
        var withMedia = MediaTag().Replace(html, m => $" {m.Groups["name"].Value} ");
        return WebUtility.HtmlDecode(Tags().Replace(withMedia, string.Empty)).Replace('\u00a0', ' ');
    }

    private static JsonObject Configuration(long deckId) => new()
    {
        ["activeDecks"] = new JsonArray(deckId),
        ["curDeck"] = deckId,
        ["curModel"] = NoteTypeId,
        ["nextPos"] = 1,
        ["estTimes"] = true,
        ["dueCounts"] = true,
        ["collapseTime"] = 1200,
        ["timeLim"] = 0,
        ["sortType"] = "noteFld",
        ["sortBackwards"] = false,
        ["addToCur"] = true,
        ["newSpread"] = 0,
    };

    private static JsonObject Models(long deckId, long seconds)
    {
        var fields = new JsonArray();
        for (var i = 0; i < AnkiExportNote.FieldNames.Count; i++)
        {
            fields.Add(new JsonObject
            {
                ["name"] = AnkiExportNote.FieldNames[i],
                ["ord"] = i,
                ["sticky"] = false,
                ["rtl"] = false,
                ["font"] = "Arial",
                ["size"] = 20,
                ["media"] = new JsonArray(),
            });
        }

        var template = new JsonObject
        {
            ["name"] = "Question → Answer",
            ["ord"] = 0,
            ["qfmt"] = "{{Question}}",
            ["afmt"] = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Answer}}\n\n{{#Key points}}<div class=\"key-points\"><b>Key points</b>{{Key points}}</div>{{/Key points}}",
            ["bqfmt"] = string.Empty,
            ["bafmt"] = string.Empty,
            ["did"] = null,
            ["bfont"] = string.Empty,
            ["bsize"] = 0,
        };
        var model = new JsonObject
        {
            ["id"] = NoteTypeId,
            ["name"] = NoteTypeName,
            ["type"] = 0,
            ["mod"] = seconds,
            ["usn"] = -1,
            ["sortf"] = 0,
            ["did"] = deckId,
            ["tmpls"] = new JsonArray(template),
            ["flds"] = fields,
            ["css"] = Css,
            ["latexPre"] = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
            ["latexPost"] = "\\end{document}",
            ["latexsvg"] = false,
            ["req"] = new JsonArray(new JsonArray(0, "any", new JsonArray(0))),
            ["tags"] = new JsonArray(),
            ["vers"] = new JsonArray(),
        };
        return new JsonObject { [NoteTypeId.ToString(CultureInfo.InvariantCulture)] = model };
    }

    private static JsonObject Decks(long deckId, string deckName, long seconds) => new()
    {
        ["1"] = Deck(1, "Default", seconds),
        [deckId.ToString(CultureInfo.InvariantCulture)] = Deck(deckId, deckName, seconds),
    };

    private static JsonObject Deck(long id, string name, long seconds) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["mod"] = seconds,
        ["usn"] = -1,
        ["desc"] = string.Empty,
        ["dyn"] = 0,
        ["conf"] = 1,
        ["collapsed"] = false,
        ["browserCollapsed"] = false,
        ["extendNew"] = 0,
        ["extendRev"] = 0,
        ["newToday"] = new JsonArray(0, 0),
        ["revToday"] = new JsonArray(0, 0),
        ["lrnToday"] = new JsonArray(0, 0),
        ["timeToday"] = new JsonArray(0, 0),
    };

    private static JsonObject DeckOptions() => new()
    {
        ["1"] = new JsonObject
        {
            ["id"] = 1,
            ["name"] = "Default",
            ["mod"] = 0,
            ["usn"] = 0,
            ["maxTaken"] = 60,
            ["autoplay"] = true,
            ["timer"] = 0,
            ["replayq"] = true,
            ["dyn"] = false,
            ["new"] = new JsonObject
            {
                ["delays"] = new JsonArray(1, 10),
                ["ints"] = new JsonArray(1, 4, 0),
                ["initialFactor"] = 2500,
                ["order"] = 1,
                ["perDay"] = 20,
                ["bury"] = false,
            },
            ["rev"] = new JsonObject
            {
                ["perDay"] = 200,
                ["ease4"] = 1.3,
                ["ivlFct"] = 1,
                ["maxIvl"] = 36500,
                ["hardFactor"] = 1.2,
                ["bury"] = false,
            },
            ["lapse"] = new JsonObject
            {
                ["delays"] = new JsonArray(10),
                ["mult"] = 0,
                ["minInt"] = 1,
                ["leechFails"] = 8,
                ["leechAction"] = 1,
            },
        },
    };

    [GeneratedRegex("<!--.*?-->|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex("""<(?:img|audio|video|object|source)\b[^>]*?\b(?:src|data)\s*=\s*["']?(?<name>[^"'>\s]+)[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex MediaTag();
}
