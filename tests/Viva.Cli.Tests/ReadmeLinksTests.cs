using System.Text.RegularExpressions;
using Viva.Core.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>The README and docs/ stand alone: every link in them leads to a file of this repository or a heading of the page.</summary>
public sealed partial class ReadmeLinksTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Path.Combine(Repo.Root, "docs"), "*.md").Order())
        {
            pages.Add(Path.GetRelativePath(Repo.Root, page));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Should_Link_Only_Inside_The_Repository(string page)
    {
        // Given
        var path = Path.Combine(Repo.Root, page);
        var text = File.ReadAllText(path);
        var root = Path.GetFullPath(Repo.Root) + Path.DirectorySeparatorChar;

        foreach (var target in Link().Matches(Fences().Replace(text, "")).Select(m => m.Groups["target"].Value))
        {
            if (Web().IsMatch(target))
            {
                continue;
            }

            var (file, anchor) = target.Split('#', 2) is [var f, var a] ? (f, a) : (target, "");
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));

            // Then: a file inside the checkout, and a heading of the page when the link names one
            Assert.True(resolved.StartsWith(root, StringComparison.Ordinal), $"{page}: '{target}' leads outside the repository");
            Assert.True(File.Exists(resolved) || Directory.Exists(resolved), $"{page}: '{target}' names no file");
            if (anchor.Length > 0 && resolved.EndsWith(".md", StringComparison.Ordinal))
            {
                Assert.Contains(anchor, Anchors(File.ReadAllText(resolved)));
            }
        }

        Assert.DoesNotContain("../shared", text, StringComparison.Ordinal);
    }

    // GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens.
    private static List<string> Anchors(string markdown) =>
        [.. Heading().Matches(Fences().Replace(markdown, "")).Select(m => Punctuation().Replace(m.Groups["title"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-'))];

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^(?:https?|mailto):", RegexOptions.IgnoreCase)]
    private static partial Regex Web();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{N}\s_-]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(```|~~~).*?^\1", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fences();
}
