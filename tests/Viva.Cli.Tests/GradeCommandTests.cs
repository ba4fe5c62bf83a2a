using System.Text.Json;
using Viva.Cli.Tests.Grading;

namespace Viva.Cli.Tests;

public sealed class GradeCommandTests : IDisposable
{
    private const string Header = "id\tquestion\treference\tanswer\n";
    private const string StackReference = "A stack is a last-in, first-out collection: push adds an element on top and pop removes the top element.";
    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    public sealed class TheBatchMode : IDisposable
    {
        private readonly VivaRunner _viva = new();

        public void Dispose() => _viva.Dispose();

        [Fact]
        public async Task Should_Grade_Every_Row_In_Input_Order_With_The_Json_Contract()
        {
            // Given
            var file = _viva.Write("answers.tsv", Header +
                $"s-good\tWhat is a stack?\t{StackReference}\tA stack is last in first out: push puts an element on the top, pop takes the top element off.\n" +
                $"s-wrong\tWhat is a stack?\t{StackReference}\tA sorted array of numbers that you search with binary search.\n" +
                $"s-empty\t\t{StackReference}\t\n");

            // When
            var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json");

            // Then
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            var grades = JsonDocument.Parse(output).RootElement.GetProperty("grades").EnumerateArray().ToList();
            Assert.Equal(["s-good", "s-wrong", "s-empty"], grades.Select(g => g.GetProperty("id").GetString()));
            Assert.All(grades, g => Assert.Equal(["id", "score", "covered", "missed"], g.EnumerateObject().Select(p => p.Name)));
            var scores = grades.Select(g => g.GetProperty("score").GetDouble()).ToList();
            Assert.True(scores[0] > scores[1], $"good {scores[0]} should beat wrong {scores[1]}");
            Assert.Equal(0, scores[2]);
            Assert.All(scores, s => Assert.Equal(0, s * 4 % 1));
            Assert.Equal(StackReference, grades[0].GetProperty("covered")[0].GetString());
            Assert.Equal(StackReference, grades[1].GetProperty("missed")[0].GetString());
        }

        [Fact]
        public async Task Should_Grade_Against_A_Key_Points_Column_And_Name_Contradictions()
        {
            // Given
            const string reference = "L1 drives some weights to exactly zero, giving sparse models. L2 shrinks all weights smoothly.";
            const string points = "L1 drives some weights to exactly zero, giving sparse models | L2 shrinks all weights smoothly without zeroing them";
            var file = _viva.Write("answers.tsv", "id\tquestion\treference\tanswer\tkey_points\n" +
                $"para\tL1 vs L2?\t{reference}\tWith an absolute-value penalty many coefficients end up exactly 0, so the model is sparse; the squared L2 penalty just makes every weight a bit smaller and never exactly zero.\t{points}\n" +
                $"swap\tL1 vs L2?\t{reference}\tL2 gives sparse weights by setting them exactly to zero, while L1 shrinks all weights smoothly.\t{points}\n");

            // When
            var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json", "--details");
            var plain = await _viva.RunAsync("grade", "--batch", file, "--json");

            // Then
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            var grades = JsonDocument.Parse(output).RootElement.GetProperty("grades").EnumerateArray().ToList();
            Assert.All(JsonDocument.Parse(plain.Out).RootElement.GetProperty("grades").EnumerateArray(),
                g => Assert.Equal(["id", "score", "covered", "missed"], g.EnumerateObject().Select(p => p.Name)));
            Assert.Equal(2, grades[0].GetProperty("covered").GetArrayLength());
            Assert.False(grades[0].TryGetProperty("contradictions", out _));
            Assert.Equal(0, grades[1].GetProperty("covered").GetArrayLength());
            Assert.Contains(grades[1].GetProperty("contradictions").EnumerateArray(), c => c.GetString()!.Contains("to L2", StringComparison.Ordinal));
            Assert.True(grades[0].GetProperty("score").GetDouble() > grades[1].GetProperty("score").GetDouble() + 1);
        }

        [Fact]
        public async Task Should_Show_An_Optional_Key_Point_Left_Out_As_An_Extra_Not_As_Missed()
        {
            // Given
            const string reference = "PCA centres the data and projects it on the eigenvectors of the covariance matrix, largest variance first. It is computed with an SVD.";
            const string points = "PCA projects centred data on the covariance matrix's eigenvectors | The first component keeps the most variance | (optional) It is computed in practice with an SVD of the centred data";
            var file = _viva.Write("answers.tsv", "id\tquestion\treference\tanswer\tkey_points\n" +
                $"pca\tHow does PCA work?\t{reference}\tPCA centres the data and projects it on the eigenvectors of its covariance matrix; the first component keeps the most variance.\t{points}\n");

            // When
            var json = await _viva.RunAsync("grade", "--batch", file, "--json", "--details", "--grader", "lexical");
            var text = await _viva.RunAsync("grade", "--batch", file, "--details", "--grader", "lexical");

            // Then
            Assert.Equal(0, json.Code);
            var grade = JsonDocument.Parse(json.Out).RootElement.GetProperty("grades")[0];
            Assert.Equal(0, grade.GetProperty("missed").GetArrayLength());
            Assert.Equal(["(optional) It is computed in practice with an SVD of the centred data"],
                grade.GetProperty("optional_missed").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal(0, text.Code);
        }

        [Fact]
        public async Task Should_Grade_By_Words_Alone_When_The_Encoder_Is_Off()
        {
            // Given
            var file = _viva.Write("answers.tsv", Header + $"a\tWhat is a stack?\t{StackReference}\tThe newest item comes out first; you add and remove only at one end.\n");
            var lexical = await _viva.RunAsync("grade", "--batch", file, "--json", "--grader", "lexical");

            // When
            _viva.Environment["VIVA_ENCODER"] = "off";
            var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json");

            // Then
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            Assert.Equal(lexical.Out, output);
        }

        [Fact]
        public async Task Should_Print_A_Table_By_Default()
        {
            var file = _viva.Write("answers.tsv", Header + $"row-1\t\t{StackReference}\tpush and pop at the top, last in first out\n");

            var (code, output, _) = await _viva.RunAsync("grade", "--batch", file);

            Assert.Equal(0, code);
            Assert.Contains("row-1", output, StringComparison.Ordinal);
            Assert.Contains("1 answer(s) graded", output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Report_Bad_Rows_With_Their_Line_And_Grade_The_Rest()
        {
            // Given: a quoted multi-line answer (lines 2-3), a short row (line 4), an empty reference (line 5)
            var file = _viva.Write("bad.tsv", Header +
                $"ok-1\t\t{StackReference}\t\"push, then pop;\nthe \"\"top\"\" element\tcomes off first\"\n" +
                "short\tonly two fields\n" +
                "no-ref\tq\t \tan answer\n" +
                $"ok-2\t\t{StackReference}\tlast in,\tfirst out\n");

            // When
            var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json");

            // Then
            Assert.Equal(1, code);
            Assert.Equal(
                "viva: bad.tsv:4: expected 4 tab-separated fields, found 2\nviva: bad.tsv:5: no-ref: the reference answer is empty\n",
                Normalise(error));
            var ids = JsonDocument.Parse(output).RootElement.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("id").GetString());
            Assert.Equal(["ok-1", "ok-2"], ids);
        }

        [Fact]
        public async Task Should_Show_The_First_Twenty_Bad_Rows_And_Count_The_Rest()
        {
            // Given: a file whose rows are all one field short, and one good row at the end
            var file = _viva.Write("wrong.tsv", Header + string.Concat(Enumerable.Range(1, 25).Select(i => $"row-{i}\tq\tan answer\n")) +
                $"ok\t\t{StackReference}\tlast in, first out\n");

            // When
            var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json");

            // Then
            var lines = Normalise(error).TrimEnd('\n').Split('\n');
            Assert.Equal(1, code);
            Assert.Equal(21, lines.Length);
            Assert.Equal("viva: wrong.tsv:2: expected 4 tab-separated fields, found 3", lines[0]);
            Assert.Equal("viva: wrong.tsv:21: expected 4 tab-separated fields, found 3", lines[19]);
            Assert.Equal("viva: wrong.tsv: 5 more rows could not be read (not shown)", lines[20]);
            Assert.Equal("ok", JsonDocument.Parse(output).RootElement.GetProperty("grades")[0].GetProperty("id").GetString());
        }

        [Theory]
        [InlineData("id\tquestion\tanswer\nx\ty\tz\n", "viva: h.tsv:1: the header lacks the column reference (expected the tab-separated columns id, question, reference, answer)\n")]
        [InlineData("\n\n", "viva: h.tsv:1: file is empty\n")]
        public async Task Should_Reject_A_File_Without_A_Usable_Header(string text, string expected)
        {
            var file = _viva.Write("h.tsv", text);

            var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json");

            Assert.Equal(1, code);
            Assert.Equal(expected, Normalise(error));
            Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("grades").GetArrayLength());
        }

        [Fact]
        public async Task Should_Say_When_The_File_Is_Missing()
        {
            var (code, _, error) = await _viva.RunAsync("grade", "--batch", Path.Combine(_viva.Home, "nope.tsv"));

            Assert.Equal(1, code);
            Assert.Equal("viva: nope.tsv: no such file\n", Normalise(error));
        }
    }

    [Theory]
    [InlineData(new string[0], "give --question ID --answer-file FILE, --batch FILE.tsv, or --disagreements")]
    [InlineData(new[] { "--batch", "b.tsv", "--limit", "3" }, "--limit goes with --disagreements")]
    [InlineData(new[] { "--question", "x" }, "--question needs --answer-file FILE")]
    [InlineData(new[] { "--answer-file", "a.txt" }, "--answer-file needs --question ID")]
    [InlineData(new[] { "--batch", "b.tsv", "--question", "x" }, "--batch grades a file on its own")]
    [InlineData(new[] { "--batch", "b.tsv", "--grader", "llm" }, "--grader llm needs VIVA_LLM_URL and VIVA_LLM_MODEL")]
    [InlineData(new[] { "--batch", "b.tsv", "--grader", "oracle" }, "oracle")]
    public async Task Should_Exit_2_On_Wrong_Usage(string[] options, string message)
    {
        var (code, _, error) = await _viva.RunAsync(["grade", .. options]);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Grade_An_Answer_To_A_Bank_Question()
    {
        // Given
        var answer = _viva.Write("answer.txt",
            "L1 adds the sum of absolute weights and drives some weights exactly to zero, so it does feature selection. " +
            "L2 adds squared weights and shrinks all of them smoothly; it has a closed-form solution.");

        // When
        var (code, output, error) = await _viva.RunAsync("grade", "--question", "l1-vs-l2-regularization", "--answer-file", answer, "--json");
        var human = await _viva.RunAsync("grade", "--question", "l1-vs-l2-regularization", "--answer-file", answer);

        // Then
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var grade = JsonDocument.Parse(output).RootElement.GetProperty("grades").EnumerateArray().Single();
        Assert.Equal("l1-vs-l2-regularization", grade.GetProperty("id").GetString());
        Assert.InRange(grade.GetProperty("score").GetDouble(), 2.5, 5);
        Assert.Contains(grade.GetProperty("covered").EnumerateArray(), c => c.GetString()!.Contains("exactly to zero", StringComparison.Ordinal));
        Assert.Contains(grade.GetProperty("missed").EnumerateArray(), c => c.GetString()!.Contains("Elastic net", StringComparison.Ordinal));
        Assert.Equal(0, human.Code);
        Assert.Contains("Score", human.Out, StringComparison.Ordinal);
        Assert.Contains("Covered", human.Out, StringComparison.Ordinal);
        Assert.Contains("Missed", human.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Say_When_The_Question_Id_Is_Unknown()
    {
        var answer = _viva.Write("answer.txt", "some answer");

        var (code, output, error) = await _viva.RunAsync("grade", "--question", "no-such-question", "--answer-file", answer);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("viva: no-such-question: no question with this id (try 'viva search')\n", Normalise(error));
    }

    [Fact]
    public async Task Should_Grade_Through_A_Configured_Llm()
    {
        // Given
        using var server = new StubLlmServer(_ => StubLlmServer.Completion("{\"score\": 4.25, \"covered\": [{\"point\": 1, \"quote\": \"push\"}]}"));
        _viva.Environment["VIVA_LLM_URL"] = server.BaseUrl;
        _viva.Environment["VIVA_LLM_MODEL"] = "stub-model";
        var file = _viva.Write("answers.tsv", Header + $"a\t\t{StackReference}\tpush and pop at the top\n");

        // When
        var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json");
        var builtIn = await _viva.RunAsync("grade", "--batch", file, "--json", "--grader", "builtin");

        // Then
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var grade = JsonDocument.Parse(output).RootElement.GetProperty("grades")[0];
        Assert.Equal(4.25, grade.GetProperty("score").GetDouble());
        Assert.Equal(StackReference, grade.GetProperty("covered")[0].GetString());
        Assert.Single(server.Requests);
        Assert.NotEqual(output, builtIn.Out);
    }

    [Fact]
    public async Task Should_Fall_Back_With_A_Notice_When_The_Llm_Fails()
    {
        // Given
        using var server = new StubLlmServer(_ => (503, "{\"error\": \"down\"}"));
        _viva.Environment["VIVA_LLM_URL"] = server.BaseUrl;
        _viva.Environment["VIVA_LLM_MODEL"] = "stub-model";
        var file = _viva.Write("answers.tsv", Header + $"a\t\t{StackReference}\tpush and pop\nb\t\t{StackReference}\tpop\n");

        // When
        var (code, output, error) = await _viva.RunAsync("grade", "--batch", file, "--json");
        var builtIn = await _viva.RunAsync("grade", "--batch", file, "--json", "--grader", "builtin");

        // Then
        Assert.Equal(0, code);
        Assert.Equal(builtIn.Out, output);
        var notice = Assert.Single(Normalise(error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("viva: LLM grader failed (", notice, StringComparison.Ordinal);
        Assert.EndsWith("graded with the built-in grader", notice, StringComparison.Ordinal);
    }
}
