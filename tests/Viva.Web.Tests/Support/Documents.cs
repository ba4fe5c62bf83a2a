using System.Text;

namespace Viva.Web.Tests.Support;

/// <summary>Small Markdown documents to import.</summary>
public static class Documents
{
    /// <summary>A document whose answer holds a script, an event-handler image and a javascript: link.</summary>
    public static byte[] Hostile { get; } = Encoding.UTF8.GetBytes("""
        # Hostile notes

        ## What does the zorblax estimator compute?

        It computes a zorblax. <script>document.title = 'pwned'; window.vivaPwned = true;</script>
        <img src="x" onerror="window.vivaPwned = true">
        See [the docs](javascript:alert(1)) and [the paper](https://example.org/paper).

        ## Why is the quibbleton loss convex?

        Because quibbletons are convex.
        """);

    /// <summary>A plain document with two answered questions.</summary>
    public static byte[] Plain(string word) => Encoding.UTF8.GetBytes($"""
        # {word} notes

        ## What is a {word} transform?

        A {word} transform maps inputs to {word} space.

        ## When should you avoid the {word} trick?

        When the {word} space is too small.
        """);
}
