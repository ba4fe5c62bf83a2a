using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class PorterStemmerTests
{
    // Examples from Porter (1980) and the reference implementation's vocabulary.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("digitizer", "digit")]
    [InlineData("operator", "oper")]
    [InlineData("hopefulness", "hope")]
    [InlineData("sensitiviti", "sensit")]
    [InlineData("triplicate", "triplic")]
    [InlineData("electrical", "electr")]
    [InlineData("goodness", "good")]
    [InlineData("allowance", "allow")]
    [InlineData("adjustable", "adjust")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("effective", "effect")]
    [InlineData("probate", "probat")]
    [InlineData("controlling", "control")]
    [InlineData("connection", "connect")]
    [InlineData("connected", "connect")]
    public void Should_Stem_Like_The_Reference_Implementation(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("x2")]
    [InlineData("Café")]
    [InlineData("λόγος")]
    public void Should_Return_Other_Words_Unchanged(string word) => Assert.Equal(word, PorterStemmer.Stem(word));
}
