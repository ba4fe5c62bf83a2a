using Viva.Core.Import;
using Viva.Core.Questions;

namespace Viva.Core.Tests.Import;

public sealed class DelimitedQuestionParserTests
{
    [Fact]
    public void Should_Read_Quoted_Fields_With_Commas_Quotes_And_Line_Breaks()
    {
        // Given
        const string csv = "Tags,Question,Answer\r\nstats | ml,\"What is a p-value?\",\"The chance, under the null, of \"\"data this extreme\"\".\nNot a posterior.\"\r\n\r\n,What is bias?,\n";

        // When
        var result = DelimitedQuestionParser.Parse("cards.csv", csv, ',');

        // Then
        Assert.Equal(2, result.Questions.Count);
        var first = result.Questions[0];
        Assert.Equal((2, "What is a p-value?"), (first.Line, first.Text));
        Assert.Equal("The chance, under the null, of \"data this extreme\".\nNot a posterior.", first.Answer);
        Assert.Equal(["stats", "ml"], first.Topic);
        Assert.Equal((5, null, AnswerQuality.None), (result.Questions[1].Line, result.Questions[1].Answer, result.Questions[1].AnswerQuality));
    }

    [Fact]
    public void Should_Read_Tab_Separated_Rows_And_Report_Rows_Without_A_Question()
    {
        // When
        var result = DelimitedQuestionParser.Parse("cards.tsv", "question\tanswer\tlevel\nWhat is PCA?\tA projection.\thard\n\tan answer alone\t\n", '\t');

        // Then
        var question = Assert.Single(result.Questions);
        Assert.Equal(("What is PCA?", "A projection.", Level.Advanced), (question.Text, question.Answer, question.Level));
        Assert.Equal(3, Assert.Single(result.Invalid).Line);
    }

    [Fact]
    public void Should_Refuse_A_Table_Without_A_Question_Column()
    {
        var error = Assert.Single(DelimitedQuestionParser.Parse("cards.csv", "front,back\nQ,A\n", ',').Diagnostics);
        Assert.Equal("viva: cards.csv:1: the first row names no 'question' column (it names: front, back)", error.ToString());
    }

    [Fact]
    public void Should_Write_Rows_That_Read_Back_The_Same()
    {
        string[] fields = ["plain", "with, comma", "with \"quotes\"", "two\nlines", ""];
        var row = DelimitedText.Row(fields, ',');
        Assert.Equal(fields, Assert.Single(DelimitedText.Read(row, ',')).Fields);
    }
}
