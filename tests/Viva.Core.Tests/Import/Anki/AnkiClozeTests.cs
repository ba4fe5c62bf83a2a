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
    public void Should_Turn_Topics_And_Level_Into_Tags_And_Back()
    {
        var tags = AnkiTags.From(["Classical ML", "Decision  trees", "classical ml"], Level.Advanced);
        Assert.Equal(["Classical_ML", "Decision_trees", "level::advanced"], tags);
        var (topics, level) = AnkiTags.Read([.. tags, "leech"]);
        Assert.Equal(["Classical ML", "Decision trees"], topics);
        Assert.Equal(Level.Advanced, level);
    }
}
