using Viva.Core.Import.Anki;
using Viva.Core.Questions;

namespace Viva.Core.Tests.Import.Anki;

public sealed class AnkiClozeTests
{
    private const string Text = "{{c1::Adam}} keeps {{c2::moving averages::what?}} of the gradient and {{c1::its square}}.";

    [Fact]
    public void Should_Blank_Only_The_Deletions_Of_Each_Number() =>
        Assert.Equal(
            ["[…] keeps moving averages of the gradient and […].", "Adam keeps [what?] of the gradient and its square."],
            AnkiCloze.Numbers(Text).Select(n => AnkiCloze.Question(Text, n)));

    [Fact]
    public void Should_Fill_Every_Deletion_In_The_Answer() =>
        Assert.Equal("Adam keeps moving averages of the gradient and its square.", AnkiCloze.Answer(Text));

    [Fact]
    public void Should_Hide_A_Nested_Deletion_Alone_And_The_Outer_One_Whole()
    {
        const string nested = "Batch norm {{c1::normalises {{c2::each feature}} over the batch}}.";
        Assert.Equal([1, 2], AnkiCloze.Numbers(nested));
        Assert.Equal("Batch norm […].", AnkiCloze.Question(nested, 1));
        Assert.Equal("Batch norm normalises […] over the batch.", AnkiCloze.Question(nested, 2));
        Assert.Equal("Batch norm normalises each feature over the batch.", AnkiCloze.Answer(nested));
    }

    [Theory]
    [InlineData("{{c1::never closed", "{{c1::never closed")]
    [InlineData("{{c1::a}} and {{c2::b", "a and {{c2::b")]
    [InlineData("{{cx::not a deletion}}", "{{cx::not a deletion}}")]
    public void Should_Keep_An_Unclosed_Opening_As_Text(string text, string answer)
    {
        Assert.Equal(answer, AnkiCloze.Answer(text));
    }

    [Fact]
    public void Should_Read_Thousands_Of_Unclosed_Openings_Quickly()
    {
        var text = string.Concat(Enumerable.Repeat("{{c1::x {{c2::y ", 5000));
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(AnkiCloze.Numbers(text));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }

    [Fact]
    public void Should_Turn_Topics_And_Level_Into_Tags_And_Back()
    {
        var tags = AnkiTags.From(["Classical ML", "Decision  trees", "classical ml"], Level.Advanced);
        Assert.Equal(["Classical_ML", "Decision_trees", "level::advanced"], tags);
        var (topics, level) = AnkiTags.Read([.. tags, "leech"]);
        Assert.Equal(["Classical ML", "Decision trees"], topics);
        Assert.Equal(Level.Advanced, level);
    }
}
