using Viva.Core.Questions;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Import;

/// <summary>
/// Spec-style fixtures: each <c>tests/fixtures/questions/NAME.md</c> is parsed and compared with
/// <c>NAME.expected</c>, one question a line (<c>line | level | topic | answered | question</c>),
/// plus <c># invalid LINE</c> for items that must be rejected.
/// </summary>
public sealed class LayoutSpecTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Fixtures, "questions"), "*.expected").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_Extract_Exactly_The_Expected_Questions(string fixture)
    {
        // Given
        var folder = Path.Combine(Repo.Fixtures, "questions");
        var expectedLines = File.ReadAllLines(Path.Combine(folder, fixture + ".expected"));
        var expected = expectedLines.Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var expectedInvalid = expectedLines.Where(l => l.StartsWith("# invalid ")).Select(l => int.Parse(l["# invalid ".Length..])).ToList();

        // When
        var result = Parse.File(Path.Combine(folder, fixture + ".md"));

        // Then
        var actual = result.Questions.Select(Describe).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expectedInvalid, result.Invalid.Select(i => i.Line).ToList());
    }

    private static string Describe(ExtractedQuestion q) =>
        $"{q.Line} | {q.Level?.ToName() ?? "-"} | {string.Join(" > ", q.Topic)} | {(q.Answer is null ? "no" : "yes")} | {q.Text}";
}
