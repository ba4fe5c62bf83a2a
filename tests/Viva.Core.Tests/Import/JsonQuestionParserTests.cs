using Viva.Core.Import;
using Viva.Core.Questions;

namespace Viva.Core.Tests.Import;

public sealed class JsonQuestionParserTests
{
    [Fact]
    public void Should_Read_The_Shape_Viva_Exports()
    {
        // Given
        const string json = """
            {"questions": [
              {"id": "x1", "question": "What is a p-value?", "answer": "A tail probability.", "key_points": ["under H0"], "topics": ["Statistics", "Tests"], "level": "basic"},
              {"id": "x2", "question": "Why bootstrap?", "answer": null, "key_points": [], "topics": [], "level": null},
              {"id": "x3", "question": "  ", "answer": "orphan"}
            ]}
            """;

        // When
        var result = JsonQuestionParser.Parse("bank.json", json);

        // Then
        Assert.Equal(
            [("What is a p-value?", "A tail probability.\n\n**Key points**\n\n- under H0", "Statistics|Tests", Level.Basic, 1), ("Why bootstrap?", null, "", null, 2)],
            result.Questions.Select(q => (q.Text, q.Answer, string.Join('|', q.Topic), q.Level, q.Line)));
        Assert.Equal([3], result.Invalid.Select(i => i.Line));
    }

    [Fact]
    public void Should_Read_A_Bare_List_With_Tags_As_Text()
    {
        var question = Assert.Single(JsonQuestionParser.Parse("cards.json", """[{"question": "What is ReLU?", "tags": "activations; deep learning"}]""").Questions);
        Assert.Equal(["activations", "deep learning"], question.Topic);
    }

    [Theory]
    [InlineData("{\"questions\": [", "not valid JSON")]
    [InlineData("{\"items\": []}", "\"questions\" list")]
    [InlineData("42", "\"questions\" list")]
    public void Should_Refuse_Anything_Else_In_One_Line(string json, string message)
    {
        var diagnostic = Assert.Single(JsonQuestionParser.Parse("bad.json", json).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', diagnostic.Message);
    }
}
