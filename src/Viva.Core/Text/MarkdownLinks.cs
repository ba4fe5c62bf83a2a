using System.Text.RegularExpressions;

namespace Viva.Core.Text;

/// <summary>The inline Markdown link forms that import and answer classification both take apart.</summary>
internal static partial class MarkdownLinks
{
    /// <summary><c>![alt](src)</c>.</summary>
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    public static partial Regex Image();

    /// <summary><c>&lt;https://…&gt;</c>, the address in the group <c>url</c>.</summary>
    [GeneratedRegex(@"<(?<url>https?://[^>]+)>")]
    public static partial Regex AutoLink();

    /// <summary>A bare web address.</summary>
    [GeneratedRegex(@"https?://\S+")]
    public static partial Regex BareUrl();
}
