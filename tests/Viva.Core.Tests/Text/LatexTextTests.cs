using Viva.Core.Text;

namespace Viva.Core.Tests.Text;

/// <summary>LaTeX maths read as Unicode text: the cases a terminal meets in the bank and in imported documents.</summary>
public sealed class LatexTextTests
{
    [Theory]
    [InlineData(@"\sigma^2_{\text{noise}}", "σ²ₙₒᵢₛₑ")]
    [InlineData(@"(X^\top X + \lambda I)^{-1}", "(XᵀX + λ I)⁻¹")]
    [InlineData(@"(X^\top X + \lambda I)^{-1} X^\top y", "(XᵀX + λ I)⁻¹ Xᵀy")]
    [InlineData(@"x^2 + y^{10}", "x² + y¹⁰")]
    [InlineData(@"x_i + x_{ij}", "xᵢ + xᵢⱼ")]
    [InlineData(@"x_{min}", "xₘᵢₙ")]
    [InlineData(@"c_{FN}", "c_(FN)")]
    [InlineData(@"x_T", "x_T")]
    [InlineData(@"e^{x_i}", "e^(xᵢ)")]
    [InlineData(@"w^\top x + b = 0", "wᵀx + b = 0")]
    [InlineData(@"\alpha + \beta = \Gamma", "α + β = Γ")]
    [InlineData(@"\frac{a}{b}", "a/b")]
    [InlineData(@"\frac1n\sum|e_i|", "1/n ∑|eᵢ|")]
    [InlineData(@"\frac{2PR}{P + R}", "2PR/(P + R)")]
    [InlineData(@"1 - \frac{\sum e_i^2}{\sum (y_i - \bar y)^2}", "1 - (∑ eᵢ²)/(∑ (yᵢ - y\u0304)²)")]
    [InlineData(@"\frac{(a+b)}{c}", "(a+b)/c")]
    [InlineData(@"\frac{(a)+(b)}{c}", "((a)+(b))/c")]
    [InlineData(@"\sqrt{\text{MSE}}", "√MSE")]
    [InlineData(@"\sqrt{x + 1}", "√(x + 1)")]
    [InlineData(@"\sqrt[3]{x}", "∛x")]
    [InlineData(@"\sqrt[n]{x}", "ⁿ√x")]
    [InlineData(@"\hat y", "y\u0302")]
    [InlineData(@"\hat{\beta}", "β\u0302")]
    [InlineData(@"e_i = y_i - \hat y_i", "eᵢ = yᵢ - y\u0302ᵢ")]
    [InlineData(@"\tilde{x}", "x\u0303")]
    [InlineData(@"\bar{x}", "x\u0304")]
    [InlineData(@"\text{cost} = c_{FN}\cdot FN + c_{FP}\cdot FP", "cost = c_(FN)·FN + c_(FP)·FP")]
    [InlineData(@"\mathrm{KL}(p \| q)", "KL(p ‖ q)")]
    [InlineData(@"\sum_{i=1}^{n} x_i", "∑ᵢ₌₁ⁿ xᵢ")]
    [InlineData(@"\prod_i p_i", "∏ᵢ pᵢ")]
    [InlineData(@"\int_0^\infty f(x)\,dx", "∫₀^∞ f(x) dx")]
    [InlineData(@"a \le b \ge c \ne d \approx e", "a ≤ b ≥ c ≠ d ≈ e")]
    [InlineData(@"a \times b", "a × b")]
    [InlineData(@"\log(p_t)", "log(pₜ)")]
    [InlineData(@"\log p", "log p")]
    [InlineData(@"\exp\left(-\frac{x^2}{2}\right)", "exp(-x²/2)")]
    [InlineData(@"FL(p_t) = -\alpha_t (1 - p_t)^{\gamma} \log(p_t)", "FL(pₜ) = -αₜ (1 - pₜ)ᵞ log(pₜ)")]
    [InlineData(@"\left\{ x : f(x) = 0 \right\}", "{x : f(x) = 0}")]
    [InlineData(@"\lVert F^l(x) - F^l(c)\rVert^2", "‖Fˡ(x) - Fˡ(c)‖²")]
    [InlineData(@"\mathbb{R}^n", "ℝⁿ")]
    [InlineData(@"\mathbb{E}[X]", "𝔼[X]")]
    [InlineData(@"\mathcal{L}", "ℒ")]
    [InlineData(@"\theta \leftarrow \theta - \eta \nabla_\theta L", "θ ← θ - η ∇_θ L")]
    [InlineData(@"P(y \mid x) \propto P(x \mid y)P(y)", "P(y | x) ∝ P(x | y)P(y)")]
    [InlineData(@"\binom{n}{k}", "C(n, k)")]
    [InlineData(@"\operatorname{softmax}(z)_i", "softmax(z)ᵢ")]
    [InlineData(@"\underbrace{\text{Bias}^2}_{\text{error}}", "Bias² (error)")]
    [InlineData(@"f'(x)", "f′(x)")]
    [InlineData(@"x \not= y", "x ≠ y")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "(a b; c d)")]
    [InlineData(@"|x| = \begin{cases} x & x \ge 0 \\ -x & x < 0 \end{cases}", "|x| = {x x ≥ 0; -x x < 0")]
    [InlineData(@"\lfloor x \rfloor", "⌊x⌋")]
    [InlineData(@"100\%", "100%")]
    [InlineData(@"\tfrac12\lambda \sum_j w_j^2", "1/2 λ ∑ⱼ wⱼ²")]
    [InlineData(@"-[y\log p + (1-y)\log(1-p)]", "-[y log p + (1-y) log(1-p)]")]
    [InlineData(@"\log\frac{p}{1-p}", "log p/(1-p)")]
    [InlineData(@"F_\beta = 1", "Fᵦ = 1")]
    [InlineData(@"\left\lfloor \frac{n}{s} \right\rfloor + 1", "⌊n/s⌋ + 1")]
    [InlineData(@"\frac{P(B \mid A)\,P(A)}{P(B)}", "(P(B | A) P(A))/P(B)")]
    public void Should_Render_Maths_As_Unicode(string latex, string expected) =>
        Assert.Equal(expected, LatexText.ToUnicode(latex));

    [Theory]
    [InlineData(@"\foo", "foo")]
    [InlineData(@"\foo{x}", "foo(x)")]
    [InlineData(@"\KL(p, q)", "KL(p, q)")]
    [InlineData(@"\frac{a}", "a/")]
    [InlineData(@"x^", "x")]
    [InlineData(@"{{{a", "a")]
    [InlineData(@"a}}", "a")]
    [InlineData(@"\", "")]
    [InlineData(@"\begin{matrix", "")]
    [InlineData(@"\sqrt[3", "∛")]
    public void Should_Keep_Unknown_Or_Broken_Input_Readable(string latex, string expected) =>
        Assert.Equal(expected, LatexText.ToUnicode(latex));

    [Fact]
    public void Should_Put_Display_Rows_On_Lines()
    {
        // Given
        const string latex = @"\begin{aligned} a &= b \\ c &= d \end{aligned}";

        // Then
        Assert.Equal("a = b\nc = d", LatexText.ToUnicode(latex));
        Assert.Equal("x: a = b; c = d.", LatexText.Render("x: $$" + latex + "$$."));
    }

    [Theory]
    [InlineData(@"The noise is $\sigma^2$ here.", "The noise is σ² here.")]
    [InlineData(@"Display: $$\frac{a}{b}$$", "Display: a/b")]
    [InlineData(@"Paren \(x_i\) and bracket \[y^2\].", "Paren xᵢ and bracket y².")]
    [InlineData(@"It costs $5 and $10 a month.", "It costs $5 and $10 a month.")]
    [InlineData(@"From $5-$10.", "From $5-$10.")]
    [InlineData(@"An escaped \$x$ stays.", @"An escaped \$x$ stays.")]
    [InlineData(@"Unclosed $x and more", "Unclosed $x and more")]
    [InlineData(@"$a$ and $b$", "a and b")]
    [InlineData(@"Spaces $ x $ are not maths.", "Spaces $ x $ are not maths.")]
    [InlineData(@"A factor $2e$ more.", "A factor 2e more.")]
    public void Should_Render_Delimited_Maths_In_Text(string text, string expected) =>
        Assert.Equal(expected, LatexText.Render(text));

    [Fact]
    public void Should_Rewrite_Bracket_Delimiters_As_Dollars_Outside_Code()
    {
        // Given
        const string markdown = "Inline \\( x_i \\) and \\[a^2\\].\n```\ncode \\(kept\\)\n```\nspan `\\(kept\\)` done";

        // When
        var rewritten = LatexText.DollarDelimiters(markdown);

        // Then
        Assert.Equal("Inline $x_i$ and $$a^2$$.\n```\ncode \\(kept\\)\n```\nspan `\\(kept\\)` done", rewritten);
    }

    [Fact]
    public void Should_Never_Throw_On_Random_Input()
    {
        // Given: strings made of the characters that drive the parser
        const string alphabet = @"\{}[]()^_$&%~ 'ab1\fracsqrthatleftright.begin{cases}end";
        var random = new Random(19);

        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);

            // When / Then: no exception, and never a longer-than-sensible result
            Assert.True(LatexText.ToUnicode(text).Length <= text.Length * 4 + 8);
            LatexText.Render(text);
            LatexText.DollarDelimiters(text);
        }
    }

    [Fact]
    public void Should_Survive_Deep_Nesting()
    {
        var deep = new string('{', 10_000) + "x" + new string('}', 10_000);
        Assert.Equal("x", LatexText.ToUnicode(deep));
        Assert.EndsWith("x", LatexText.ToUnicode(string.Concat(Enumerable.Repeat(@"\sqrt{", 5_000)) + "x").TrimEnd(')'), StringComparison.Ordinal);
    }
}
