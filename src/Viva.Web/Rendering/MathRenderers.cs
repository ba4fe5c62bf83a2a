using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Viva.Web.Rendering;

/// <summary>Inline maths as a <see cref="MathHtml"/> element: Unicode text now, typeset by the page's script.</summary>
internal sealed class MathInlineHtmlRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj) =>
        renderer.Write(MathHtml.Element(obj.Content.ToString(), display: obj.DelimiterCount > 1));
}

/// <summary>A <c>$$</c> block as a <see cref="MathHtml"/> display element.</summary>
internal sealed class MathBlockHtmlRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock obj) =>
        renderer.EnsureLine().Write(MathHtml.Element(string.Join('\n', obj.Lines.Lines.Take(obj.Lines.Count).Select(l => l.ToString())), display: true)).WriteLine();
}
