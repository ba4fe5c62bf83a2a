using System.Text;
using Viva.Core.Import;

namespace Viva.Core.Tests.Import;

/// <summary>The cheap checks the importer makes before its costlier passes decide exactly what those passes would.</summary>
public sealed class ImportGuardTests
{
    // Every character the symbol check looks for, and one emoji from outside the basic plane.
    private const string Symbols = "⭐★☆✅✔✓✗❌⚪⚫⚡✨❓❗❤♦♥♠♣■□▲△●○◆◇🟢";

    [Fact]
    public void Should_Tidy_Every_Kind_Of_Whitespace_And_Nothing_Else()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (char.IsWhiteSpace(c))
            {
                // Given: a whitespace character alone, after a space, and in a run
                // Then: each becomes one space
                Assert.Equal("a b", QuestionText.Tidy($"a{c}b"));
                Assert.Equal("a b", QuestionText.Tidy($"a {c}b"));
                Assert.Equal("a b", QuestionText.Tidy($"a{c}{c} b"));
                Assert.Equal("a b c", QuestionText.Tidy($"{c}a b{c}c{c}"));
            }
            else
            {
                // Given: any other character between words
                // Then: the text is kept as it is
                Assert.Equal($"a {c}b", QuestionText.Tidy($"a {c}b"));
            }
        }
    }

    [Theory]
    [InlineData("  What   is   it?  ", "What is it?")]
    [InlineData("What is\tit?", "What is it?")]
    [InlineData("What is \n it?", "What is it?")]
    [InlineData("What is it?", "What is it?")]
    [InlineData("", "")]
    public void Should_Tidy_A_Question(string text, string expected) => Assert.Equal(expected, QuestionText.Tidy(text));

    [Fact]
    public void Should_Find_A_Level_Symbol_Anywhere_In_A_Long_Text()
    {
        var prose = new string('x', 300);
        foreach (var symbol in EnumerateSymbols())
        {
            // Given: a symbol at the start, in the middle or at the end of plain text
            // Then: it is found
            Assert.True(LevelMarkers.HasSymbol(symbol + prose), symbol);
            Assert.True(LevelMarkers.HasSymbol(prose + symbol + prose), symbol);
            Assert.True(LevelMarkers.HasSymbol(prose + symbol), symbol);
        }

        // Given: text with other marks, some of them near the symbols' range
        // Then: no symbol is found
        Assert.False(LevelMarkers.HasSymbol(prose + "é ü — … → ∑ ▟ ✀" + prose));
        Assert.False(LevelMarkers.HasSymbol(string.Empty));
    }

    [Fact]
    public void Should_Refuse_Lists_Nested_Deeper_Than_Sixty_Four_Levels_At_The_First_Line_Too_Deep()
    {
        // Given: one more list level on each line
        var text = new StringBuilder();
        for (var level = 0; level < 70; level++)
        {
            text.Append(' ', level * 2).Append("- item\n");
        }

        // When: it is read
        var extraction = MarkdownQuestionParser.Parse("deep.md", text.ToString());

        // Then: line 65, the first at depth 65, is reported and nothing is imported
        var error = Assert.Single(extraction.Diagnostics);
        Assert.Equal(65, error.Line);
        Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Empty(extraction.Questions);
    }

    [Theory]
    [InlineData("Plain words end every open item.")]
    [InlineData("# A heading ends them too")]
    [InlineData("[A link](#x) ends them too")]
    public void Should_Let_A_Line_That_Opens_Plainly_End_The_Open_Lists(string breaker)
    {
        // Given: 40 nested levels, a line that opens with no marker and no indentation, then 40 more
        var text = new StringBuilder();
        for (var part = 0; part < 2; part++)
        {
            for (var level = 0; level < 40; level++)
            {
                text.Append(' ', level * 2).Append("- item\n");
            }

            text.Append('\n').Append(breaker).Append("\n\n");
        }

        // When: it is read
        var extraction = MarkdownQuestionParser.Parse("notes.md", text.ToString());

        // Then: no part is too deep
        Assert.DoesNotContain(extraction.Diagnostics, d => d.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Count_Quotes_Before_A_List_Towards_Its_Depth()
    {
        // Given: a quote 30 deep opening lists that go on nesting for 40 lines
        var text = new StringBuilder();
        var quotes = new string('>', 30) + " ";
        for (var level = 0; level < 40; level++)
        {
            text.Append(quotes).Append(' ', level * 2).Append("- item\n");
        }

        // When: it is read
        var extraction = MarkdownQuestionParser.Parse("quoted.md", text.ToString());

        // Then: line 35 (30 quotes and 35 items) is the first too deep
        Assert.Equal(35, Assert.Single(extraction.Diagnostics).Line);
    }

    private static IEnumerable<string> EnumerateSymbols()
    {
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(Symbols);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }
}
