using Viva.Core.Import.Anki;

namespace Viva.Core.Tests.Import.Anki;

/// <summary>Anki's stock note types, as their templates lay them out: each card of a note is one question, asked the way Anki asks it.</summary>
public sealed class AnkiNoteParserTests
{
    private const string Back = "{{FrontSide}}\n\n<hr id=answer>\n\n";

    private static readonly AnkiNoteType Reversed = new(1, "Basic (and reversed card)", false, ["Front", "Back"],
        [new AnkiTemplate(0, "{{Front}}", Back + "{{Back}}"), new AnkiTemplate(1, "{{Back}}", Back + "{{Front}}")]);

    private static readonly AnkiNoteType OptionalReverse = new(2, "Basic (optional reversed card)", false, ["Front", "Back", "Add Reverse"],
        [new AnkiTemplate(0, "{{Front}}", Back + "{{Back}}"), new AnkiTemplate(1, "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", Back + "{{Front}}")]);

    private static readonly AnkiNoteType TypeIn = new(3, "Basic (type in the answer)", false, ["Front", "Back"],
        [new AnkiTemplate(0, "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")]);

    private static readonly AnkiNoteType Cloze = new(4, "Cloze", true, ["Text", "Back Extra"],
        [new AnkiTemplate(0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")]);

    [Fact]
    public void Should_Ask_A_Reversed_Note_Both_Ways_With_Each_Cards_Reviews()
    {
        // Given
        var collection = Collection(Reversed, [Note(10, Reversed, "Bagging", "Training models on bootstrap samples and averaging them")], (100, 10, 0), (101, 10, 1));

        // When
        var result = AnkiNoteParser.Parse("deck.apkg", collection);

        // Then
        Assert.Equal(
            [("Bagging", "Training models on bootstrap samples and averaging them"), ("Training models on bootstrap samples and averaging them", "Bagging")],
            result.Extraction.Questions.Select(q => (q.Text, q.Answer)));
        Assert.Equal([100L], result.CardsByLine[1]);
        Assert.Equal([101L], result.CardsByLine[2]);
    }

    [Fact]
    public void Should_Ask_An_Optional_Reverse_Only_Where_The_Note_Has_That_Card()
    {
        // Given: the first note asked for its reverse card, the second did not
        var collection = Collection(OptionalReverse,
            [Note(10, OptionalReverse, "Recall", "TP / (TP + FN)", "y"), Note(11, OptionalReverse, "Precision", "TP / (TP + FP)", "")],
            (100, 10, 0), (101, 10, 1), (110, 11, 0));

        // When
        var result = AnkiNoteParser.Parse("deck.apkg", collection);

        // Then: the "Add Reverse" flag is never part of an answer
        Assert.Equal(
            [("Recall", "TP / (TP + FN)"), ("TP / (TP + FN)", "Recall"), ("Precision", "TP / (TP + FP)")],
            result.Extraction.Questions.Select(q => (q.Text, q.Answer)));
        Assert.Equal([110L], result.CardsByLine[3]);
    }

    [Fact]
    public void Should_Take_The_Typed_Field_Of_A_Type_In_Note_As_Its_Answer()
    {
        // Given
        var collection = Collection(TypeIn, [Note(10, TypeIn, "Which activation is max(0, x)?", "ReLU")], (100, 10, 0));

        // When
        var question = Assert.Single(AnkiNoteParser.Parse("deck.apkg", collection).Extraction.Questions);

        // Then
        Assert.Equal(("Which activation is max(0, x)?", "ReLU"), (question.Text, question.Answer));
    }

    [Fact]
    public void Should_Ask_Each_Deletion_Of_A_Cloze_Note_With_Several_Once()
    {
        // Given: three numbers, one used twice, cards for each
        var text = "{{c1::Adam}} combines {{c2::momentum}} with {{c3::RMSProp}}; {{c1::it}} adapts per weight.";
        var collection = Collection(Cloze, [Note(10, Cloze, text, "Kingma &amp; Ba")], (100, 10, 0), (101, 10, 1), (102, 10, 2));

        // When
        var result = AnkiNoteParser.Parse("deck.apkg", collection);

        // Then
        Assert.Equal(
            ["[…] combines momentum with RMSProp; […] adapts per weight.", "Adam combines […] with RMSProp; it adapts per weight.", "Adam combines momentum with […]; it adapts per weight."],
            result.Extraction.Questions.Select(q => q.Text));
        Assert.All(result.Extraction.Questions, q => Assert.Equal("Adam combines momentum with RMSProp; it adapts per weight.\n\n**Back Extra**\n\nKingma & Ba", q.Answer));
        Assert.Equal([[100L], [101L], [102L]], result.CardsByLine.OrderBy(p => p.Key).Select(p => p.Value));
    }

    [Fact]
    public void Should_Report_A_Note_Whose_Cards_Ask_Nothing_As_Invalid()
    {
        var collection = Collection(Reversed, [Note(10, Reversed, "", "")], (100, 10, 0));
        var result = AnkiNoteParser.Parse("deck.apkg", collection);
        Assert.Empty(result.Extraction.Questions);
        Assert.Single(result.Extraction.Invalid);
    }

    [Theory]
    [InlineData("plot.png", true)]
    [InlineData("paste-5f3a.jpg", true)]
    [InlineData("../escape.png", false)]
    [InlineData("images/plot.png", false)]
    [InlineData(".hidden", false)]
    [InlineData("C:plot.png", false)]
    [InlineData("", false)]
    public void Should_Keep_Only_Media_Names_That_Stay_In_Their_Folder(string name, bool plain) =>
        Assert.Equal(plain, AnkiMedia.IsPlainName(name));

    private static AnkiNote Note(long id, AnkiNoteType type, params string[] fields) => new(id, $"guid{id}", type.Id, fields, []);

    private static AnkiPackageContents Collection(AnkiNoteType type, AnkiNote[] notes, params (long Id, long Note, int Ordinal)[] cards) =>
        new(new Dictionary<long, AnkiNoteType> { [type.Id] = type }, notes, [.. cards.Select(c => new AnkiCard(c.Id, c.Note, c.Ordinal))], []);
}
