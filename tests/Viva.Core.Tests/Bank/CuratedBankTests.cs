using System.Text.RegularExpressions;
using Viva.Core.Grading;
using Viva.Core.Questions;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Bank;

/// <summary>The curated bank under <c>content/</c> must parse cleanly and meet the format's rules.</summary>
public sealed partial class CuratedBankTests
{
    private const int SharedRun = 10;
    private const int MaxKeyPointWords = 25;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(Repo.Content, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_Hold_Well_Formed_Curated_Questions(string file)
    {
        // Given
        var path = Path.Combine(Repo.Content, file);
        var text = File.ReadAllText(path);

        // When
        var result = Parse.File(path);

        // Then
        Assert.Single(TopHeading().Matches(text));
        Assert.Empty(result.Invalid);
        Assert.NotEmpty(result.Questions);
        Assert.Equal(QuestionHeading().Count(text), result.Questions.Count);
        foreach (var q in result.Questions)
        {
            var where = $"{file}:{q.Line}";
            Assert.True(q.Curated is not null, $"{where}: missing metadata comment");
            Assert.True(q.Level is not null, $"{where}: missing level");
            Assert.True(q.Answer is not null, $"{where}: missing answer");
            if (q.Curated!.Kind == QuestionKind.Exercise)
            {
                // Exercises are judged by their tests, so the key-point and answer-length rules do not apply.
                Assert.Empty(q.Curated.KeyPoints);
                var prompt = Word().Count(q.Curated.Exercise!.Prompt);
                Assert.True(prompt is >= 20 and <= 300, $"{where}: prompt has {prompt} words (20–300 allowed)");
                continue;
            }

            Assert.InRange(q.Curated.KeyPoints.Count, 3, 7);
            var required = q.Curated.KeyPoints.Count(p => !OptionalKeyPoints.IsOptional(p));
            Assert.True(required >= 2, $"{where}: only {required} key points are required (at least 2, besides optional extras)");
            var words = WordsOutsideCode(q.Answer!);
            Assert.True(words is >= 40 and <= 400, $"{where}: answer has {words} words (40–400 allowed)");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_Keep_Each_Key_Point_To_One_Short_Claim(string file)
    {
        // Given
        var questions = Parse.File(Path.Combine(Repo.Content, file)).Questions.Where(q => q.Curated is not null);

        // When
        var tooLong = questions
            .SelectMany(q => q.Curated!.KeyPoints.Select(p => (q.Line, Point: p, Words: Word().Count(OptionalKeyPoints.Strip(p)))))
            .Where(x => x.Words > MaxKeyPointWords)
            .Select(x => $"{file}:{x.Line}: {x.Words} words: {x.Point}")
            .ToList();

        // Then
        Assert.True(tooLong.Count == 0, $"key points over {MaxKeyPointWords} words:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void Should_Use_Every_Id_Once()
    {
        var ids = Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => Parse.File(f).Questions.Select(q => q.Curated?.Id))
            .ToList();
        var repeated = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void Should_Share_No_Run_Of_Ten_Words_With_A_Seed_Document()
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // Given
        var seedRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in Directory.GetFiles(Repo.Seeds))
        {
            foreach (var run in Runs(File.ReadAllText(seed)))
            {
                seedRuns.Add(run);
            }
        }

        // When
        var copied = Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => Runs(File.ReadAllText(f)).Where(seedRuns.Contains).Select(r => $"{Path.GetRelativePath(Repo.Content, f)}: \"{r}\""))
            .ToList();

        // Then
        Assert.True(copied.Count == 0, "copied from a seed document:\n" + string.Join('\n', copied.Take(20)));
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        for (var i = 0; i + SharedRun <= words.Count; i++)
        {
            yield return string.Join(' ', words.GetRange(i, SharedRun));
        }
    }

    private static int WordsOutsideCode(string markdown) =>
        Word().Count(FencedCode().Replace(markdown, " "));

    [GeneratedRegex(@"^# ", RegexOptions.Multiline)]
    private static partial Regex TopHeading();

    [GeneratedRegex(@"^## ", RegexOptions.Multiline)]
    private static partial Regex QuestionHeading();

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();
}
