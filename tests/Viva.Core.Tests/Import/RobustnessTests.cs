using System.Text;
using Viva.Core.Import;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Import;

/// <summary>Arbitrary, truncated and mutated Markdown must never make the importer throw.</summary>
public sealed class RobustnessTests
{
    private const string MutationChars = "#*_`|>\n-[]():?\t\\<!";

    private static readonly string[] Pieces =
    [
        "# ", "## ", "### Question: ", "### Answer:", "**", "__", "*", "_", "`", "```", "```python\n", "~~~", "    ", "\t",
        "1. ", "- ", "* ", "> ", "| a | b |\n|---|---|\n", "| Question | Answer |\n|---|---|\n", "[x](#y)", "![i](u)", "<details>",
        "<summary>", "<!-- viva id=x level=basic -->", "<!-- viva", "**Key points**\n- a\n", "Q: ", "A: ", "?", ":", "\n", "\n\n",
        "What is ", "🟢 ", "(Easy) ", "â€™", "Hâ‚", "\\", "\r\n", "===\n", "---\n", "&amp;", "<script>x</script>", "[", "]", "(", ")",
    ];

    [Fact]
    public void Should_Never_Throw_On_Generated_Documents()
    {
        // Given
        var random = new Random(20261121);

        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 60);
            for (var k = 0; k < length; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append("word").Append(random.Next(100));
                }
            }

            // When / Then
            AssertParses(builder.ToString());
        }
    }

    [Fact]
    public void Should_Never_Throw_On_Truncated_Or_Mutated_Fixtures()
    {
        // Given
        var random = new Random(7);
        var fixtures = Directory.GetFiles(Path.Combine(Repo.Fixtures, "questions"), "*.md").Select(File.ReadAllText).ToList();
        if (Repo.HasSeeds())
        {
            fixtures.Add(File.ReadAllText(Path.Combine(Repo.Seeds, "001_3b9b7ee12ef56bd3.txt")));
        }

        foreach (var text in fixtures)
        {
            for (var cut = 0; cut < text.Length; cut += Math.Max(1, text.Length / 150))
            {
                AssertParses(text[..cut]);
            }

            for (var round = 0; round < 200; round++)
            {
                var chars = text.ToCharArray();
                for (var k = 0; k < 1 + (chars.Length / 200); k++)
                {
                    chars[random.Next(chars.Length)] = MutationChars[random.Next(MutationChars.Length)];
                }

                AssertParses(new string(chars));
            }
        }
    }

    [Fact]
    public void Should_Never_Throw_On_Random_Bytes()
    {
        var random = new Random(11);
        for (var round = 0; round < 500; round++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var decoded = SourceDecoder.Decode("r.md", bytes);
            if (decoded.Text is not null)
            {
                AssertParses(decoded.Text);
            }
        }
    }

    private static void AssertParses(string text)
    {
        var result = MarkdownQuestionParser.Parse("fuzz.md", text);
        Assert.All(result.Questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Text)));
        Assert.All(result.Questions, q => Assert.InRange(q.Line, 1, text.Count(c => c == '\n') + 1));
    }
}
