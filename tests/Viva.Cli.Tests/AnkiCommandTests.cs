using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary><c>viva export anki</c> and <c>viva import FILE.apkg</c>: round trips, Anki's own layout with a review log, and broken packages.</summary>
public sealed class AnkiCommandTests : IDisposable
{
    private const string Notes = """
        # Zebra statistics

        ## What is a confidence interval? (Easy)

        A range that, over repeated samples, holds the true value **95%** of the time.

        - it is *not* a probability about one interval
        - it narrows as `n` grows

        ```python
        low, high = mean - 1.96 * se, mean + 1.96 * se
        ```

        ## What is a p-value?

        The chance of data at least this extreme if the null hypothesis holds, given $H_0$.

        ## Why <bootstrap> & resampling?

        See [the paper](https://example.org/efron).
        """;

    private readonly VivaRunner _viva = new();
    private readonly VivaRunner _other = new();

    public void Dispose()
    {
        _viva.Dispose();
        _other.Dispose();
    }

    [Fact]
    public async Task Should_Import_Its_Own_Anki_Export_With_The_Same_Questions_Answers_And_Tags()
    {
        // Given
        await _viva.RunAsync("import", _viva.Write("notes.md", Notes));
        var deck = Path.Combine(_other.Home, "zebra.apkg");

        // When
        var exported = await _viva.RunAsync("export", "anki", deck, "--topic", "zebra");
        var imported = await _other.RunAsync("import", deck, "--json");

        // Then
        Assert.Equal(0, exported.Code);
        Assert.Contains("3 note(s)", exported.Out, StringComparison.Ordinal);
        Assert.Equal((0, ""), (imported.Code, imported.Error));
        Assert.Equal(await BankAsync(_viva, "notes.md"), await BankAsync(_other, "zebra.apkg"));
        Assert.Equal("Viva::zebra", DeckNames(deck).Single(n => n != "Default"));
    }

    [Fact]
    public async Task Should_Give_Each_Note_The_Same_Guid_On_Every_Export()
    {
        // Given
        await _viva.RunAsync("import", _viva.Write("notes.md", Notes));
        var first = Path.Combine(_viva.Home, "first.apkg");
        var second = Path.Combine(_viva.Home, "second.apkg");

        // When
        await _viva.RunAsync("export", "anki", first, "--source", "notes.md");
        await _viva.RunAsync("export", "anki", second, "--source", "notes.md");

        // Then
        var guids = Guids(first);
        Assert.Equal(3, guids.Count);
        Assert.Equal(3, guids.Distinct().Count());
        Assert.Equal(guids, Guids(second));
    }

    [Fact]
    public async Task Should_Import_Basic_And_Cloze_Notes_With_Their_Review_History()
    {
        // Given
        var file = Path.Combine(_viva.Home, "anki.apkg");
        await File.WriteAllBytesAsync(file, AnkiFixture.Package());

        // When
        var (code, output, error) = await _viva.RunAsync("import", file, "--json");

        // Then
        Assert.Equal((0, ""), (code, error));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(AnkiFixture.Questions, root.GetProperty("documents")[0].GetProperty("questions").GetInt32());
        Assert.Contains(root.GetProperty("documents")[0].GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("plot.png", StringComparison.Ordinal));
        Assert.Equal(AnkiFixture.Ratings, root.GetProperty("reviews")[0].GetProperty("imported").GetInt32());
        Assert.Equal(1, root.GetProperty("reviews")[0].GetProperty("skipped").GetInt32());

        var bank = await BankAsync(_viva, "anki.apkg");
        Assert.DoesNotContain(bank, q => q.Question.Contains("Please update", StringComparison.Ordinal));
        var overfitting = bank.Single(q => q.Question == "What is overfitting?");
        Assert.Equal("Fitting the noise of the training set.\nFix it with:\n\n- regularisation\n- more data", overfitting.Answer);
        Assert.Equal("ml::basics|deep learning", overfitting.Topics);
        Assert.Equal("```\nsquares = [x * x for x in xs]\nprint(squares)\n```\n\n![](plot.png)", bank.Single(q => q.Question.StartsWith("Square", StringComparison.Ordinal)).Answer);
        var cloze = bank.Where(q => q.Topics == "deep learning").ToList();
        Assert.Equal(["Dropout randomly zeroes [what?] during training.", "[…] randomly zeroes activations during training."], cloze.Select(q => q.Question).Order());
        Assert.All(cloze, q => Assert.Equal(("Dropout randomly zeroes activations during training.\n\n**Back Extra**\n\nSee *Srivastava 2014*.", "intermediate"), (q.Answer, q.Level)));

        Assert.Equal(AnkiFixture.Ratings, ReviewLog(_viva).Count);
        Assert.Equal((AnkiFixture.Ratings, 3), (CardReps(_viva).Sum(), CardReps(_viva).Max()));
    }

    [Fact]
    public async Task Should_Keep_The_Images_A_Deck_Shows_And_Put_Them_Back_In_An_Anki_Export()
    {
        // Given
        var file = Path.Combine(_viva.Home, "anki.apkg");
        await File.WriteAllBytesAsync(file, AnkiFixture.Package());
        var deck = Path.Combine(_viva.Home, "again.apkg");

        // When
        var imported = await _viva.RunAsync("import", file);
        var exported = await _viva.RunAsync("export", "anki", deck, "--source", "anki.apkg");

        // Then: only the image a note shows is kept, under its own name
        var media = Path.Combine(_viva.Home, "data", "media");
        Assert.Contains("1 media file(s) kept", imported.Out, StringComparison.Ordinal);
        Assert.Equal(["plot.png"], Directory.GetFiles(media).Select(Path.GetFileName));
        Assert.Equal(AnkiFixture.Plot, await File.ReadAllBytesAsync(Path.Combine(media, "plot.png")));
        Assert.False(File.Exists(Path.Combine(_viva.Home, "data", "escape.png")));

        Assert.Contains("with 1 media file(s)", exported.Out, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(deck);
        var list = JsonDocument.Parse(new StreamReader(zip.GetEntry("media")!.Open()).ReadToEnd()).RootElement.EnumerateObject().ToList();
        var entry = Assert.Single(list);
        Assert.Equal("plot.png", entry.Value.GetString());
        using var copy = new MemoryStream();
        await zip.GetEntry(entry.Name)!.Open().CopyToAsync(copy);
        Assert.Equal(AnkiFixture.Plot, copy.ToArray());
    }

    [Fact]
    public async Task Should_Not_Add_Reviews_Twice_When_The_Same_Deck_Is_Imported_Again()
    {
        // Given
        var file = Path.Combine(_viva.Home, "anki.apkg");
        await File.WriteAllBytesAsync(file, AnkiFixture.Package());
        await _viva.RunAsync("import", file);

        // When
        var (code, output, _) = await _viva.RunAsync("import", file, "--json");

        // Then
        Assert.Equal(0, code);
        var reviews = JsonDocument.Parse(output).RootElement.GetProperty("reviews")[0];
        Assert.Equal((0, AnkiFixture.Ratings), (reviews.GetProperty("imported").GetInt32(), reviews.GetProperty("already_logged").GetInt32()));
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("documents")[0].GetProperty("added").GetInt32());
        Assert.Equal(AnkiFixture.Ratings, ReviewLog(_viva).Count);
        Assert.Equal((AnkiFixture.Ratings, 3), (CardReps(_viva).Sum(), CardReps(_viva).Max()));
    }

    [Fact]
    public async Task Should_Continue_Scheduling_From_The_Anki_History()
    {
        // Given: the overfitting card was forgotten at its last review in Anki, so it is back on a short relearning step
        var file = Path.Combine(_viva.Home, "anki.apkg");
        await File.WriteAllBytesAsync(file, AnkiFixture.Package());
        await _viva.RunAsync("import", file);

        // When
        var log = ReviewLog(_viva);

        // Then: each review starts where the one before left the card, and the last is a lapse
        var overfitting = log.Where(r => r.Card == log[0].Card).ToList();
        Assert.Equal(["good", "good", "again"], overfitting.Select(r => r.Rating));
        Assert.True(overfitting.Zip(overfitting.Skip(1)).All(p => p.First.At < p.Second.At));
        Assert.Equal(1, Scalar<long>(_viva, $"SELECT lapses FROM cards WHERE card_id = '{log[0].Card}'"));
    }

    [Theory]
    [InlineData("text", "not a zip archive")]
    [InlineData("empty-zip", "no collection.anki2")]
    [InlineData("new-format", "Support older Anki versions")]
    public async Task Should_Refuse_A_Broken_Package_In_One_Line_And_Store_Nothing(string kind, string message)
    {
        // Given
        var file = Path.Combine(_viva.Home, "broken.apkg");
        await File.WriteAllBytesAsync(file, kind switch
        {
            "text" => "# not a deck\n"u8.ToArray(),
            "empty-zip" => AnkiFixture.NoCollection(),
            _ => AnkiFixture.NewFormatOnly(),
        });

        // When
        var (code, _, error) = await _viva.RunAsync("import", file);

        // Then
        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"viva: {file}:1: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        var (_, list, _) = await _viva.RunAsync("list", "--source", "broken", "--json");
        Assert.Equal(0, JsonDocument.Parse(list).RootElement.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task Should_Refuse_An_Anki_Export_To_Standard_Output()
    {
        var (code, _, error) = await _viva.RunAsync("export", "anki");
        Assert.Equal(2, code);
        Assert.Contains("FILE.apkg", error, StringComparison.Ordinal);
    }

    private static async Task<List<(string Question, string? Answer, string Topics, string? Level)>> BankAsync(VivaRunner viva, string source)
    {
        var (_, output, _) = await viva.RunAsync("export", "json", "--source", source);
        return [.. JsonDocument.Parse(output).RootElement.GetProperty("questions").EnumerateArray()
            .Select(q => (q.GetProperty("question").GetString()!, q.GetProperty("answer").GetString(),
                string.Join('|', q.GetProperty("topics").EnumerateArray().Select(t => t.GetString())), q.GetProperty("level").GetString()))
            .OrderBy(q => q.Item1, StringComparer.Ordinal)];
    }

    private static List<(string Card, string Rating, DateTimeOffset At)> ReviewLog(VivaRunner viva)
    {
        var output = viva.RunAsync("export", "json", "--reviews").GetAwaiter().GetResult().Out;
        return [.. JsonDocument.Parse(output).RootElement.GetProperty("reviews").EnumerateArray()
            .Select(r => (r.GetProperty("card").GetString()!, r.GetProperty("rating").GetString()!, DateTimeOffset.Parse(r.GetProperty("reviewed_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    private static List<long> CardReps(VivaRunner viva) => Column<long>(Path.Combine(viva.Home, "data", "viva.db"), "SELECT reps FROM cards ORDER BY reps DESC");

    private static T Scalar<T>(VivaRunner viva, string sql) => Column<T>(Path.Combine(viva.Home, "data", "viva.db"), sql).Single();

    private static List<string> Guids(string package) => WithCollection(package, file => Column<string>(file, "SELECT guid FROM notes ORDER BY guid"));

    private static List<string> DeckNames(string package) => WithCollection(package, file =>
        JsonDocument.Parse(Column<string>(file, "SELECT decks FROM col").Single()).RootElement.EnumerateObject().Select(d => d.Value.GetProperty("name").GetString()!).ToList());

    private static T WithCollection<T>(string package, Func<string, T> read)
    {
        var folder = Directory.CreateTempSubdirectory("viva-anki-test-");
        try
        {
            using (var zip = ZipFile.OpenRead(package))
            {
                Assert.Equal("{}", new StreamReader(zip.GetEntry("media")!.Open()).ReadToEnd());
                zip.GetEntry("collection.anki2")!.ExtractToFile(Path.Combine(folder.FullName, "collection.anki2"));
            }

            return read(Path.Combine(folder.FullName, "collection.anki2"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<T> Column<T>(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
