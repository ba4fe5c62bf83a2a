using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Import;
using Viva.Core.Tests.Support;
using Viva.Core.Text;

namespace Viva.Cli.Tests.Output;

/// <summary>Answers in the terminal show maths as Unicode text, never as LaTeX source or garbled emphasis.</summary>
public sealed partial class MarkdownMathsTests
{
    [Theory]
    [InlineData("The noise is $$\\sigma^2_{\\text{noise}}$$.", "The noise is σ²ₙₒᵢₛₑ.")]
    [InlineData("Ridge: $(X^\\top X + \\lambda I)^{-1} X^\\top y$, closed form.", "Ridge: (XᵀX + λ I)⁻¹ Xᵀy, closed form.")]
    [InlineData("Inline \\(a_i b_i\\) stays maths, not emphasis.", "Inline aᵢ bᵢ stays maths, not emphasis.")]
    [InlineData("It costs $5 and $10.", "It costs $5 and $10.")]
    public void Should_Render_Inline_Maths_As_Unicode(string markdown, string expected) =>
        Assert.Equal(expected, Render(markdown).Trim());

    [Fact]
    public void Should_Render_Display_Maths_On_Its_Own_Lines()
    {
        // Given
        const string markdown = "Before.\n\n$$\n\\hat\\beta = (X^\\top X)^{-1} X^\\top y\n$$\n\n\\[ \\sum_i x_i \\]\n\nAfter.";

        // When
        var lines = Render(markdown).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // Then
        Assert.Equal(["Before.", "β\u0302 = (XᵀX)⁻¹ Xᵀy", "∑ᵢ xᵢ", "After."], lines);
    }

    [Fact]
    public void Should_Leave_Code_Alone()
    {
        // When
        var text = Render("Use `$x_i$` or:\n\n```python\nprint(\"\\n$\\alpha$\")\n```");

        // Then
        Assert.Contains("$x_i$", text, StringComparison.Ordinal);
        Assert.Contains("print(\"\\n$\\alpha$\")", text, StringComparison.Ordinal);
    }

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(Repo.Content, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Should_Render_Every_Curated_Answer_Without_LaTeX_Left(string file)
    {
        // Given
        var extraction = MarkdownQuestionParser.Parse(file, File.ReadAllText(Path.Combine(Repo.Content, file)));

        foreach (var question in extraction.Questions.Where(q => q.Answer is not null))
        {
            // When
            var rendered = Render(question.Answer!);

            // Then: a command or a dollar sign left in the output must be one the answer's code shows literally
            var code = CodeText(question.Answer!);
            foreach (var command in LatexCommand().Matches(rendered).Select(m => m.Value))
            {
                Assert.True(code.Contains(command, StringComparison.Ordinal), $"{file}:{question.Line}: '{command}' left in: {Excerpt(rendered, command)}");
            }

            var dollars = rendered.Count(c => c == '$');
            var literal = code.Count(c => c == '$') + Currency().Count(question.Answer!);
            Assert.True(dollars <= literal, $"{file}:{question.Line}: {dollars} '$' left, {literal} literal: {Excerpt(rendered, "$")}");
        }
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Should_Render_Every_Curated_Question_And_Key_Point_Without_LaTeX_Left(string file)
    {
        // Given
        var extraction = MarkdownQuestionParser.Parse(file, File.ReadAllText(Path.Combine(Repo.Content, file)));

        foreach (var question in extraction.Questions)
        {
            foreach (var text in (question.Curated?.KeyPoints ?? []).Prepend(question.Text))
            {
                // When: as practice and show print them
                var rendered = LatexText.Render(text);

                // Then: what is left of LaTeX is only what code spans show literally
                var code = string.Concat(InlineCode().Matches(text).Select(m => m.Value));
                Assert.All(LatexCommand().Matches(rendered).Select(m => m.Value), command =>
                    Assert.True(code.Contains(command, StringComparison.Ordinal), $"{file}:{question.Line}: '{command}' left in: {rendered}"));
                Assert.True(rendered.Count(c => c == '$') <= code.Count(c => c == '$') + Currency().Count(text), $"{file}:{question.Line}: '$' left in: {rendered}");
                Assert.True(ScriptBrace().Count(rendered) <= ScriptBrace().Count(code), $"{file}:{question.Line}: a script brace left in: {rendered}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Should_Leave_No_Script_Brace_In_A_Curated_Answer(string file)
    {
        // Given
        var extraction = MarkdownQuestionParser.Parse(file, File.ReadAllText(Path.Combine(Repo.Content, file)));

        foreach (var question in extraction.Questions.Where(q => q.Answer is not null))
        {
            // When
            var rendered = Render(question.Answer!);

            // Then: "x_{i}" or "e^{x}" in the output is LaTeX that was not read as maths, unless code shows it
            Assert.True(ScriptBrace().Count(rendered) <= ScriptBrace().Count(CodeText(question.Answer!)), $"{file}:{question.Line}: a script brace left in: {Excerpt(rendered, "_{")}");
        }
    }

    // A subscript's or superscript's brace.
    [GeneratedRegex(@"[_^]\{")]
    private static partial Regex ScriptBrace();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    private static string Render(string markdown)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        console.Write(MarkdownRenderer.Render(markdown));
        return writer.ToString();
    }

    private static string CodeText(string markdown)
    {
        var code = new StringBuilder();
        foreach (var node in Markdown.Parse(markdown).Descendants())
        {
            code.Append(node switch
            {
                CodeBlock block => block.Lines.ToString(),
                CodeInline inline => inline.Content,
                _ => "",
            }).Append('\n');
        }

        return code.ToString();
    }

    private static string Excerpt(string text, string around)
    {
        var at = Math.Max(0, text.IndexOf(around, StringComparison.Ordinal) - 60);
        return text.Substring(at, Math.Min(140, text.Length - at)).ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"\\[A-Za-z]+")]
    private static partial Regex LatexCommand();

    // A price, or at most an expression opening with a digit: a dollar sign before a digit.
    [GeneratedRegex(@"\$\d")]
    private static partial Regex Currency();
}
