using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Viva.Core.Import.Anki;
using Viva.Storage.Sqlite.Anki;

namespace Viva.Storage.Tests;

/// <summary>
/// The exported package against Anki's own layout: what Anki 2.1.50+ needs to open a legacy (schema 11) package, checked
/// without Anki itself: the archive's entries, every table and column of the schema, the JSON of the note type, decks and
/// deck options with the keys Anki refuses to do without, and notes and cards as Anki would have written them.
/// </summary>
public sealed class AnkiPackageWriterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 21, 30, 15, TimeSpan.Zero);

    private static readonly AnkiExportNote[] Notes =
    [
        new("guid-a", "What is <b>bias</b> &amp; variance?", "<p>Two sources of error.</p>", "<ul><li>bias</li><li>variance</li></ul>", ["Classical_ML", "level::basic"]),
        new("guid-b", "Explain &quot;dropout&quot;.<br>In one line.", "<p>Zeroing activations at random.</p>", string.Empty, []),
        new("guid-c", "Which curve?&nbsp;<img src=\"roc.png\">", "<p>The ROC curve.</p>", string.Empty, ["Evaluation"]),
    ];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("viva-anki-writer-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Should_Hold_A_Schema_11_Collection_And_An_Empty_Media_List()
    {
        // When
        var package = Write("deck.apkg", "Viva::ml", Now);

        // Then
        using var zip = ZipFile.OpenRead(package);
        Assert.Equal(["collection.anki2", "media"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var media = JsonDocument.Parse(new StreamReader(zip.GetEntry("media")!.Open()).ReadToEnd());
        Assert.Equal(JsonValueKind.Object, media.RootElement.ValueKind);
        Assert.Empty(media.RootElement.EnumerateObject());

        using var db = Open(package);
        Assert.Equal(["cards", "col", "graves", "notes", "revlog"], Column<string>(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        Assert.Equal(["id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"], Columns(db, "col"));
        Assert.Equal(["id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"], Columns(db, "notes"));
        Assert.Equal(["id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data"], Columns(db, "cards"));
        Assert.Equal(["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"], Columns(db, "revlog"));
        Assert.Equal(["usn", "oid", "type"], Columns(db, "graves"));
        Assert.Equal(
            ["ix_cards_nid", "ix_cards_sched", "ix_cards_usn", "ix_notes_csum", "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn"],
            Column<string>(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name"));
        Assert.Equal(0L, Column<long>(db, "SELECT count(*) FROM revlog").Single());
        Assert.Equal(0L, Column<long>(db, "SELECT count(*) FROM graves").Single());
        Assert.Equal("ok", Column<string>(db, "PRAGMA integrity_check").Single());
    }

    [Fact]
    public void Should_Write_The_Collection_Row_With_The_Json_Anki_Requires()
    {
        // When
        using var db = Open(Write("deck.apkg", "Viva::ml", Now));

        // Then: one row, version 11, creation in seconds and modification in milliseconds
        var row = Assert.Single(Rows(db, "SELECT id, crt, mod, scm, ver, dty, usn, ls FROM col"));
        Assert.Equal(1L, row[0]);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), row[1]);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), row[2]);
        Assert.Equal(11L, row[4]);

        using var models = Json(db, "models");
        var (key, model) = Assert.Single(models.RootElement.EnumerateObject().Select(p => (p.Name, p.Value)));
        Assert.Equal(key, model.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
        RequireKeys(model, "id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css", "latexPre", "latexPost", "req");
        Assert.Equal(0, model.GetProperty("type").GetInt32());
        var fields = model.GetProperty("flds").EnumerateArray().ToList();
        Assert.Equal(AnkiExportNote.FieldNames, fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(Enumerable.Range(0, fields.Count), fields.Select(f => f.GetProperty("ord").GetInt32()));
        Assert.All(fields, f => RequireKeys(f, "name", "ord", "sticky", "rtl", "font", "size"));
        var template = Assert.Single(model.GetProperty("tmpls").EnumerateArray());
        RequireKeys(template, "name", "ord", "qfmt", "afmt");
        Assert.Equal(0, template.GetProperty("ord").GetInt32());
        var names = fields.Select(f => f.GetProperty("name").GetString()!).ToHashSet();
        Assert.All(References(template.GetProperty("qfmt").GetString()! + template.GetProperty("afmt").GetString()!), r => Assert.True(names.Contains(r) || r == "FrontSide", r));
        Assert.Contains("{{Question}}", template.GetProperty("qfmt").GetString(), StringComparison.Ordinal);
        var requirement = Assert.Single(model.GetProperty("req").EnumerateArray()).EnumerateArray().ToList();
        Assert.Equal((0, "any"), (requirement[0].GetInt32(), requirement[1].GetString()));

        using var decks = Json(db, "decks");
        var deckIds = decks.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("1", deckIds);
        using var options = Json(db, "dconf");
        foreach (var deck in decks.RootElement.EnumerateObject())
        {
            Assert.Equal(deck.Name, deck.Value.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
            RequireKeys(deck.Value, "id", "name", "mod", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed", "dyn", "conf", "desc", "extendNew", "extendRev");
            Assert.Equal(0, deck.Value.GetProperty("dyn").GetInt32());
            Assert.All(new[] { "lrnToday", "revToday", "newToday", "timeToday" }, k => Assert.Equal(2, deck.Value.GetProperty(k).GetArrayLength()));
            Assert.True(options.RootElement.TryGetProperty(deck.Value.GetProperty("conf").GetInt64().ToString(CultureInfo.InvariantCulture), out _));
        }

        Assert.Equal("Viva::ml", decks.RootElement.EnumerateObject().Single(d => d.Name != "1").Value.GetProperty("name").GetString());
        Assert.Equal(model.GetProperty("did").GetInt64().ToString(CultureInfo.InvariantCulture), deckIds.Single(d => d != "1"));
        var option = options.RootElement.GetProperty("1");
        RequireKeys(option, "id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse");
        RequireKeys(option.GetProperty("new"), "delays", "initialFactor", "ints", "order", "perDay");
        Assert.Equal(3, option.GetProperty("new").GetProperty("ints").GetArrayLength());
        RequireKeys(option.GetProperty("rev"), "ease4", "ivlFct", "maxIvl", "perDay");
        RequireKeys(option.GetProperty("lapse"), "delays", "leechAction", "leechFails", "minInt", "mult");

        using var configuration = Json(db, "conf");
        Assert.Equal(model.GetProperty("id").GetInt64(), configuration.RootElement.GetProperty("curModel").GetInt64());
        Assert.Equal(JsonValueKind.Object, Json(db, "tags").RootElement.ValueKind);
    }

    [Fact]
    public void Should_Write_Notes_And_Cards_As_Anki_Would()
    {
        // When
        using var db = Open(Write("deck.apkg", "Viva::ml", Now));

        // Then
        using var models = Json(db, "models");
        var model = models.RootElement.EnumerateObject().Single().Value;
        using var decks = Json(db, "decks");
        var deckId = decks.RootElement.EnumerateObject().Single(d => d.Name != "1").Value.GetProperty("id").GetInt64();
        var notes = Rows(db, "SELECT id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data FROM notes ORDER BY id");
        Assert.Equal(Notes.Length, notes.Count);
        for (var i = 0; i < notes.Count; i++)
        {
            var (note, expected) = (notes[i], Notes[i]);
            Assert.InRange((long)note[0]!, Now.ToUnixTimeMilliseconds(), Now.ToUnixTimeMilliseconds() + Notes.Length);
            Assert.Equal(expected.NoteGuid, note[1]);
            Assert.Equal(model.GetProperty("id").GetInt64(), note[2]);
            Assert.Equal(Now.ToUnixTimeSeconds(), note[3]);
            var fields = ((string)note[6]!).Split('\u001f');
            Assert.Equal([expected.Question, expected.Answer, expected.KeyPoints], fields);
            Assert.Equal(model.GetProperty("flds").GetArrayLength(), fields.Length);
            Assert.Equal(expected.Tags.Count == 0 ? string.Empty : $" {string.Join(' ', expected.Tags)} ", note[5]);
            Assert.Equal((0L, string.Empty), (note[9], note[10]));
        }

        // The sort field and checksum, from Anki's rule: tags stripped (media kept as names), entities decoded, then the
        // first 8 hex digits of the SHA-1 as an integer.
        Assert.Equal(["What is bias & variance?", "Explain \"dropout\".In one line.", "Which curve?  roc.png "], notes.Select(n => (string)n[7]!));
        Assert.Equal(notes.Select(n => Checksum((string)n[7]!)), notes.Select(n => (long)n[8]!));

        var cards = Rows(db, "SELECT id, nid, did, ord, type, queue, due, ivl, reps, odid FROM cards ORDER BY id");
        Assert.Equal(notes.Select(n => n[0]), cards.Select(c => c[1]));
        Assert.Equal(cards.Count, cards.Select(c => c[0]).Distinct().Count());
        Assert.All(cards, c => Assert.Equal((deckId, 0L, 0L, 0L, 0L, 0L, 0L), ((long)c[2]!, (long)c[3]!, (long)c[4]!, (long)c[5]!, (long)c[7]!, (long)c[8]!, (long)c[9]!)));
        Assert.Equal([1L, 2L, 3L], cards.Select(c => (long)c[6]!));
        Assert.All(cards, c => Assert.InRange((long)c[0]!, Now.ToUnixTimeMilliseconds(), Now.ToUnixTimeMilliseconds() + Notes.Length));
    }

    [Fact]
    public void Should_Carry_Media_Files_As_Numbered_Entries_Named_In_The_Media_List()
    {
        // Given
        var image = Path.Combine(_folder.FullName, "roc.png");
        File.WriteAllBytes(image, [0x89, 0x50, 0x4E, 0x47, 7]);
        var path = Path.Combine(_folder.FullName, "media.apkg");

        // When
        AnkiPackageWriter.Write(path, "Viva", Notes, Now, [image]);

        // Then
        using var zip = ZipFile.OpenRead(path);
        using var media = JsonDocument.Parse(new StreamReader(zip.GetEntry("media")!.Open()).ReadToEnd());
        Assert.Equal([("0", "roc.png")], media.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
        using var entry = new MemoryStream();
        zip.GetEntry("0")!.Open().CopyTo(entry);
        Assert.Equal(File.ReadAllBytes(image), entry.ToArray());
    }

    [Fact]
    public void Should_Keep_Guids_Note_Type_And_Deck_Ids_Across_Exports()
    {
        // When: the same notes exported a day apart
        using var first = Open(Write("first.apkg", "Viva::ml", Now));
        using var second = Open(Write("second.apkg", "Viva::ml", Now.AddDays(1)));

        // Then
        Assert.Equal(Column<string>(first, "SELECT guid FROM notes ORDER BY guid"), Column<string>(second, "SELECT guid FROM notes ORDER BY guid"));
        Assert.Equal(Column<long>(first, "SELECT DISTINCT mid FROM notes"), Column<long>(second, "SELECT DISTINCT mid FROM notes"));
        Assert.Equal(Column<long>(first, "SELECT DISTINCT did FROM cards"), Column<long>(second, "SELECT DISTINCT did FROM cards"));
    }

    [Fact]
    public void Should_Read_Back_Its_Own_Note_Type_With_Its_Template()
    {
        // When
        var contents = AnkiPackageReader.Read(File.ReadAllBytes(Write("deck.apkg", "Viva", Now)));

        // Then
        var type = Assert.Single(contents.NoteTypes.Values);
        Assert.False(type.IsCloze);
        Assert.Equal(AnkiExportNote.FieldNames, type.FieldNames);
        var template = Assert.Single(type.Templates);
        Assert.Equal(["Question"], template.QuestionFields);
        Assert.Equal(["Answer", "Key points"], template.AnswerFields);
        Assert.Equal(Notes.Length, contents.Cards.Count);
    }

    private string Write(string name, string deck, DateTimeOffset now)
    {
        var path = Path.Combine(_folder.FullName, name);
        AnkiPackageWriter.Write(path, deck, Notes, now);
        return path;
    }

    private SqliteConnection Open(string package)
    {
        var file = Path.Combine(_folder.FullName, Path.GetFileNameWithoutExtension(package) + ".anki2");
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.GetEntry("collection.anki2")!.ExtractToFile(file, overwrite: true);
        }

        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static void RequireKeys(JsonElement element, params string[] keys) =>
        Assert.All(keys, k => Assert.True(element.TryGetProperty(k, out _), $"missing \"{k}\" in {element}"));

    private static IEnumerable<string> References(string format) =>
        System.Text.RegularExpressions.Regex.Matches(format, @"\{\{([#^/]?)([^{}]+)\}\}").Select(m => m.Groups[2].Value.Split(':')[^1]);

#pragma warning disable CA5350 // Anki's checksum is SHA-1 by definition
    private static long Checksum(string text) =>
        long.Parse(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
#pragma warning restore CA5350

    private static List<string> Columns(SqliteConnection db, string table) => Column<string>(db, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    private static JsonDocument Json(SqliteConnection db, string column) => JsonDocument.Parse(Column<string>(db, $"SELECT {column} FROM col").Single());

    private static List<object?[]> Rows(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<T> Column<T>(SqliteConnection db, string sql) => [.. Rows(db, sql).Select(r => (T)r[0]!)];
}
