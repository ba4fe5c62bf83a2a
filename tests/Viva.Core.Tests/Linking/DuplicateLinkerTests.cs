using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Linking;

public sealed class DuplicateLinkerTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_Reach_Calibrated_Precision_And_Recall_On_Labelled_Pairs()
    {
        // Given: the hand-labelled pairs, scored within the seeds' own questions so idf weights are realistic.
        var pairs = File.ReadAllLines(Path.Combine(Repo.Fixtures, "dedupe", "pairs.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var background = Repo.HasSeeds()
            ? Directory.GetFiles(Repo.Seeds).SelectMany(f => Parse.File(f).Questions.Select(q => q.Text)).ToList()
            : [];
        var items = background.Select((t, i) => new LinkItem($"s{i}", t, false)).ToList();
        foreach (var (pair, k) in pairs.Select((p, k) => (p, k)))
        {
            items.Add(new LinkItem($"a{k}", pair[1], false));
            items.Add(new LinkItem($"b{k}", pair[2], false));
        }

        // When
        var clusters = new DuplicateLinker().Link(items);

        // Then
        int tp = 0, fp = 0, fn = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            var together = clusters[background.Count + (2 * k)] == clusters[background.Count + (2 * k) + 1];
            var same = pairs[k][0] == "1";
            tp += same && together ? 1 : 0;
            fp += !same && together ? 1 : 0;
            fn += same && !together ? 1 : 0;
        }

        var precision = tp / (double)(tp + fp);
        var recall = tp / (double)(tp + fn);
        output.WriteLine($"linker on {pairs.Count} labelled pairs: precision {precision:F3}, recall {recall:F3} (threshold {LinkerOptions.Default.Threshold})");
        Assert.True(pairs.Count >= 150, "the labelled set should stay large enough to calibrate on");
        Assert.True(precision >= 0.78, $"precision {precision:F3} fell below 0.78");
        Assert.True(recall >= 0.65, $"recall {recall:F3} fell below 0.65");
    }

    [Theory]
    [InlineData("what are dropout neurons?", "Please Explain What is Dropout in Deep Learning", true)]
    [InlineData("Difference between L1 and L2 Regulization?", "What is the difference between L1 and L2 regularization in machine learning?", true)]
    [InlineData("What is Principle componenet analysis?", "Explain PCA.", true)]
    [InlineData("What is a Type I error?", "What is a Type II error?", false)]
    [InlineData("What is Precision?", "What is Recall?", false)]
    [InlineData("What is Batch Normalization?", "What is Instance Normalization?", false)]
    public void Should_Link_Same_Questions_And_Separate_Different_Ones(string a, string b, bool same)
    {
        // Given: a small bank around the pair so that idf weights mean something.
        var filler = new[]
        {
            "What is deep learning?", "What is a neuron?", "What is overfitting?", "What is gradient descent?",
            "What is a random forest?", "What is the learning rate?", "What is a convolution?", "What is an error?",
        };
        var items = filler.Select((t, i) => new LinkItem($"f{i}", t, false)).Append(new LinkItem("a", a, false)).Append(new LinkItem("b", b, false)).ToList();

        // When
        var clusters = new DuplicateLinker().Link(items);

        // Then
        Assert.Equal(same, clusters[^1] == clusters[^2]);
    }

    [Fact]
    public void Should_Link_A_Narrow_Question_To_The_Curated_Question_That_Answers_It()
    {
        // Given: curated questions are broader than the phrasings they answer.
        var items = new[]
        {
            new LinkItem("precision-recall", "What are precision and recall?", true),
            new LinkItem("type-ii", "What is a Type II error, and how does power relate to it?", true),
            new LinkItem("f1", "What is the F1 score, and when would you use it?", true),
            new LinkItem("q-1", "What is Precision?", false),
            new LinkItem("q-2", "What is a Type I error?", false),
            new LinkItem("q-3", "What is F1 Score? which intution does it gives ?", false),
            new LinkItem("q-4", "What is gradient clipping?", false),
        };

        // When
        var clusters = new DuplicateLinker().Link(items);

        // Then
        Assert.Equal("precision-recall", clusters[3]);
        Assert.Equal("q-2", clusters[4]);
        Assert.Equal("q-4", clusters[6]);
    }

    [Fact]
    public void Should_Name_A_Cluster_After_Its_Curated_Question_And_Never_Merge_Two_Curated()
    {
        // Given
        var items = new[]
        {
            new LinkItem("q-1", "Difference between L1 and L2 regularization?", false),
            new LinkItem("l1-vs-l2-regularization", "What is the difference between L1 and L2 regularization?", true),
            new LinkItem("l1-l2-again", "What is the difference between L1 and L2 regularisation?", true),
        };

        // When
        var clusters = new DuplicateLinker().Link(items);

        // Then
        Assert.Equal("l1-vs-l2-regularization", clusters[0]);
        Assert.Equal("l1-vs-l2-regularization", clusters[1]);
        Assert.Equal("l1-l2-again", clusters[2]);
    }

    [Fact]
    public void Should_Read_Imported_Questions_With_The_Curated_Banks_Spelling()
    {
        // Given
        LinkItem[] items =
        [
            new("pruning", "How is a decision tree pruned, and why does pruning help?", IsCurated: true),
            new("pruning-again", "When does pruning stop a tree from overfitting?", IsCurated: true),
            new("q1", "What is the process prunning?", IsCurated: false),
        ];

        // When
        var texts = DuplicateLinker.TextsToLink(items);
        var alone = DuplicateLinker.TextsToLink([items[2]]);

        // Then: the imported question is corrected to the bank's word; with no bank it stays as written
        Assert.Equal([items[0].Text, items[1].Text, "What is the process pruning?"], texts);
        Assert.Equal([items[2].Text], alone);
    }
}
