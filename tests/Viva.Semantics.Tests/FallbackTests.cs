using Viva.Core.Grading;
using Viva.Core.Semantics;

namespace Viva.Semantics.Tests;

/// <summary>Without a model (no native runtime, or switched off) grading goes on by words alone.</summary>
public sealed class FallbackTests
{
    private static readonly GradingRequest Request = new(
        "What is boosting?",
        "Boosting trains models sequentially, each focusing on the errors of the ensemble so far.",
        ["Boosting trains models sequentially, each focusing on the errors of the ensemble so far."],
        "Boosting trains weak learners sequentially, each one fixing the errors of the previous ones");

    [Fact]
    public void Should_Grade_By_Words_After_One_Notice_When_The_Native_Runtime_Is_Missing()
    {
        // Given
        var notices = new List<string>();
        var loader = new TextEncoderLoader(null, notices.Add, setting: null, factory: () => throw new DllNotFoundException("libonnxruntime.so: cannot open shared object file"));
        var grader = HybridGrader.Create(loader.Get);

        // When
        var first = grader.Grade(Request);
        var second = grader.Grade(Request with { Answer = "Boosting fits models one after another." });

        // Then
        var notice = Assert.Single(notices);
        Assert.Contains("could not load", notice, StringComparison.Ordinal);
        Assert.Contains("libonnxruntime", notice, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', notice);
        Assert.False(grader.UsesMeaning);
        var lexical = LexicalGrader.Default.Grade(Request);
        Assert.Equal(lexical.Score, first.Score);
        Assert.Equal(lexical.Missed, first.Missed);
        Assert.InRange(second.Score, 0, 5);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("lexical")]
    public void Should_Not_Load_The_Model_When_Switched_Off(string setting)
    {
        // Given
        var notices = new List<string>();
        var made = 0;
        var loader = new TextEncoderLoader(null, notices.Add, setting, () =>
        {
            made++;
            throw new InvalidOperationException("must not be called");
        });

        // When
        var encoder = loader.Get();

        // Then
        Assert.Null(encoder);
        Assert.Equal(0, made);
        Assert.Empty(notices);
    }

    [Fact]
    public void Should_Fall_Back_To_Words_When_The_Model_Fails_On_One_Input()
    {
        // Given
        var grader = HybridGrader.Create(() => new FailingEncoder());

        // When
        var grade = grader.Grade(Request);

        // Then
        Assert.Equal(LexicalGrader.Default.Grade(Request).Score, grade.Score);
    }

    private sealed class FailingEncoder : ITextEncoder
    {
        public string ModelId => "failing";

        public int Dimensions => 4;

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("inference failed");
    }
}
