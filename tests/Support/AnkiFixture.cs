using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace Viva.Tests.Support;

/// <summary>
/// Builds Anki packages by hand, as Anki itself lays them out (schema 11, the stock Basic and Cloze note types), so import
/// tests do not depend on Viva's own exporter: two basic notes, one cloze note with two deletions, and a review log.
/// </summary>
internal static class AnkiFixture
{
    /// <summary>Ratings in the review log (a manual reschedule, which is no rating, is there too).</summary>
    public const int Ratings = 6;

    /// <summary>Questions the notes make: two basic notes, and one per cloze number.</summary>
    public const int Questions = 4;

    private const long BasicType = 1_342_697_561_419;
    private const long ClozeType = 1_342_697_561_420;
    private const string PlaceholderText = "Please update to the latest Anki version, then import the .colpkg/.apkg file again.";

    // 2026-11-01 09:00 UTC: the first review.
    private static readonly long Start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private const long Day = 86_400_000;

    /// <summary>The image a note shows (<c>plot.png</c>, media entry <c>0</c>).</summary>
    public static readonly byte[] Plot = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x2A];

    /// <summary>
    /// A package as Anki 2.1.50+ writes it with "Support older Anki versions" ticked: the real collection in
    /// <c>collection.anki21</c>, a placeholder in <c>collection.anki2</c>, and media: the image a note shows, one no note
    /// shows, and one whose name would leave the media folder.
    /// </summary>
    public static byte[] Package() => Zip(
        ("collection.anki21", Collection(full: true)),
        ("collection.anki2", Collection(full: false)),
        ("media", """{"0": "plot.png", "1": "unused.png", "2": "../escape.png"}"""u8.ToArray()),
        ("0", Plot),
        ("1", [1, 2, 3]),
        ("2", [4, 5, 6]));

    /// <summary>A package holding only the newer compressed collection (and the placeholder).</summary>
    public static byte[] NewFormatOnly() => Zip(("collection.anki21b", [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x01]), ("collection.anki2", Collection(full: false)), ("meta", [0x08, 0x03]));

    /// <summary>A zip that holds no collection at all.</summary>
    public static byte[] NoCollection() => Zip(("notes.txt", "hello"u8.ToArray()));

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static byte[] Collection(bool full)
    {
        var file = Path.Combine(Path.GetTempPath(), $"anki-fixture-{Guid.NewGuid():N}.db");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                connection.Open();
                Execute(connection, """
                    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
                        dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
                        dconf text not null, tags text not null);
                    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
                        tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
                    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
                        usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
                        factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
                        odid integer not null, flags integer not null, data text not null);
                    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
                        lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
                    CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
                    """);
                var models = $$$"""
                    {"{{{BasicType}}}": {"id": {{{BasicType}}}, "name": "Basic", "type": 0, "sortf": 0, "did": 1,
                        "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
                        "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}]},
                     "{{{ClozeType}}}": {"id": {{{ClozeType}}}, "name": "Cloze", "type": 1, "sortf": 0, "did": 1,
                        "flds": [{"name": "Back Extra", "ord": 1}, {"name": "Text", "ord": 0}],
                        "tmpls": [{"name": "Cloze", "ord": 0, "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}]}}
                    """;
                Execute(connection, "INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', $models, '{}', '{}', '{}')", ("$models", models));
                if (!full)
                {
                    Note(connection, 1, BasicType, [PlaceholderText, string.Empty], string.Empty);
                    Card(connection, 11, 1, 0);
                    return File.ReadAllBytes(Flush(connection, file));
                }

                Note(connection, 1, BasicType, ["What is <b>overfitting</b>?", "<div>Fitting the noise of the training set.</div><div>Fix it with:</div><ul><li>regularisation</li><li>more&nbsp;data</li></ul>"], " ml::basics deep_learning ");
                Note(connection, 2, BasicType, ["Square every number in a list", "<pre><code>squares = [x * x for x in xs]\nprint(squares)</code></pre><img src=\"plot.png\">"], " python ");
                Note(connection, 3, ClozeType, ["{{c1::Dropout}} randomly zeroes {{c2::activations::what?}} during training.", "See <i>Srivastava 2014</i>."], " deep_learning level::intermediate ");
                Card(connection, 101, 1, 0);
                Card(connection, 102, 2, 0);
                Card(connection, 103, 3, 0);
                Card(connection, 104, 3, 1);

                // Overfitting: learnt, passed a day later, forgotten four days after that.
                Review(connection, Start, 101, ease: 3, ivl: -600, type: 0);
                Review(connection, Start + Day, 101, ease: 3, ivl: 3, type: 1);
                Review(connection, Start + (5 * Day), 101, ease: 1, ivl: -600, type: 1);

                // Cloze 1: good, then easy. Cloze 2: moved by hand (no rating), then hard.
                Review(connection, Start + 1000, 103, ease: 3, ivl: 1, type: 0);
                Review(connection, Start + (2 * Day), 103, ease: 4, ivl: 8, type: 1);
                Review(connection, Start + 2000, 104, ease: 0, ivl: 5, type: 4);
                Review(connection, Start + (3 * Day), 104, ease: 2, ivl: 1, type: 0);
                return File.ReadAllBytes(Flush(connection, file));
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Flush(SqliteConnection connection, string file)
    {
        connection.Close();
        return file;
    }

    private static void Note(SqliteConnection connection, long id, long type, string[] fields, string tags) =>
        Execute(connection, "INSERT INTO notes VALUES ($id, $guid, $mid, 0, 0, $tags, $flds, $sfld, 0, 0, '')",
            ("$id", id), ("$guid", $"fixture{id}"), ("$mid", type), ("$tags", tags), ("$flds", string.Join('\u001f', fields)), ("$sfld", fields[0]));

    private static void Card(SqliteConnection connection, long id, long note, int ordinal) =>
        Execute(connection, "INSERT INTO cards VALUES ($id, $nid, 1, $ord, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')", ("$id", id), ("$nid", note), ("$ord", ordinal));

    private static void Review(SqliteConnection connection, long at, long card, int ease, int ivl, int type) =>
        Execute(connection, "INSERT INTO revlog VALUES ($id, $cid, 0, $ease, $ivl, 0, 2500, 8000, $type)", ("$id", at), ("$cid", card), ("$ease", ease), ("$ivl", ivl), ("$type", type));

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
