using Viva.Core.Mock;
using Viva.Core.Questions;

namespace Viva.Core.Tests.Mock;

public sealed class MockPlannerTests
{
    private static readonly Dictionary<string, double> NothingLearnt = [];

    private static MockCandidate Candidate(string id, string area, string heading = "General", Level level = Level.Basic, int askedIn = 0, params string[] tags) =>
        new(id, new BankQuestion(id, new ExtractedQuestion
        {
            Source = $"curated/{area}/{heading.ToLowerInvariant()}.md",
            Line = 1,
            Text = $"Question {id}?",
            Topic = [heading],
            Level = level,
            Curated = new CuratedMetadata(id, tags, [], QuestionKind.Open, null, null),
        }, id), area, askedIn);

    // Ten questions in each of four areas, two headings per area, all three levels.
    private static List<MockCandidate> Bank() =>
        [.. new[] { "classical-ml", "nlp-llm", "mlops-production", "behavioral" }.SelectMany(area => Enumerable.Range(0, 10).Select(i =>
            Candidate($"{area}-{i}", area, i % 2 == 0 ? "Even" : "Odd", (Level)(i % 3), askedIn: i % 4, $"{area}-tag", $"tag-{i}")))];

    private static Task<MockPlan> PlanAsync(IReadOnlyList<MockCandidate> bank, MockOptions options, IReadOnlyDictionary<string, double>? readiness = null) =>
        MockPlanner.PlanAsync(bank, options, readiness ?? NothingLearnt, new TagFollowUpFinder(bank));

    [Fact]
    public async Task Main_questions_stay_on_the_track_and_cover_several_areas()
    {
        var bank = Bank();
        var plan = await PlanAsync(bank, new MockOptions(MockTrack.Mlops, 8, 45, null, Seed: 7) { FollowUpChance = 0 });

        Assert.Equal(8, plan.Items.Count);
        Assert.All(plan.Items, i => Assert.Contains(i.Question.Area, MockTrack.Mlops.Areas.Keys));
        Assert.DoesNotContain(plan.Items, i => i.Question.Area == "behavioral");
        Assert.Equal(8, plan.Items.Select(i => i.Question.CardId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 8), plan.Items.Select(i => i.Position));
    }

    [Fact]
    public async Task A_track_with_few_questions_ends_the_mock_early_rather_than_repeating()
    {
        var bank = Bank();
        var plan = await PlanAsync(bank, new MockOptions(MockTrack.LlmEngineer, 20, 60, Level.Advanced, Seed: 1) { FollowUpChance = 0 });

        // nlp-llm and mlops-production hold 3 advanced questions each on this bank.
        Assert.Equal(6, plan.Items.Count);
        Assert.All(plan.Items, i => Assert.Equal(Level.Advanced, i.Question.Level));
    }

    [Fact]
    public async Task The_level_filter_holds_for_every_main_question()
    {
        var plan = await PlanAsync(Bank(), new MockOptions(MockTrack.MlEngineer, 3, 20, Level.Intermediate, Seed: 3) { FollowUpChance = 0 });
        Assert.Equal(3, plan.Items.Count);
        Assert.All(plan.Items, i => Assert.Equal(Level.Intermediate, i.Question.Level));
    }

    [Fact]
    public async Task A_custom_track_asks_only_the_named_topics()
    {
        var bank = Bank();
        var plan = await PlanAsync(bank, new MockOptions(MockTrack.Custom(["behavioral", "odd"]), 12, 60, null, Seed: 5) { FollowUpChance = 0 });

        Assert.All(plan.Items, i => Assert.True(i.Question.Area == "behavioral" || i.Question.Heading == "Odd", i.Question.CardId));
        Assert.Contains(plan.Items, i => i.Question.Area != "behavioral");
    }

    [Fact]
    public async Task The_same_seed_draws_the_same_interview_and_another_seed_another()
    {
        var bank = Bank();
        var options = new MockOptions(MockTrack.MlEngineer, 8, 45, null, Seed: 42);
        var first = await PlanAsync(bank, options);
        var again = await PlanAsync([.. Enumerable.Reverse(bank)], options);
        var other = await PlanAsync(bank, options with { Seed = 43 });

        Assert.Equal(first.Items.Select(i => (i.Question.CardId, i.FollowUpOf)), again.Items.Select(i => (i.Question.CardId, i.FollowUpOf)));
        Assert.NotEqual(first.Items.Select(i => i.Question.CardId), other.Items.Select(i => i.Question.CardId));
    }

    [Fact]
    public async Task Questions_asked_in_more_documents_are_drawn_more_often()
    {
        // Two questions on one area: one asked in 4 documents (weight 5), one in none (weight 1).
        MockCandidate[] bank = [Candidate("common", "mlops-production", askedIn: 4), Candidate("rare", "mlops-production", askedIn: 0)];
        var common = 0;
        for (var seed = 0; seed < 600; seed++)
        {
            var plan = await PlanAsync(bank, new MockOptions(MockTrack.Mlops, 1, 5, null, seed));
            common += plan.Items[0].Question.CardId == "common" ? 1 : 0;
        }

        // Expected 500 of 600 (5 : 1); a uniform draw would give 300.
        Assert.InRange(common, 450, 550);
    }

    [Fact]
    public async Task Weak_areas_are_drawn_more_often_than_learnt_ones()
    {
        // Same track weight (llm-engineer: deep-learning 2, generative 2); the user knows deep learning fully.
        MockCandidate[] bank = [Candidate("known", "deep-learning"), Candidate("weak", "generative")];
        var readiness = new Dictionary<string, double> { ["deep-learning"] = 1.0, ["generative"] = 0.0 };
        var weak = 0;
        for (var seed = 0; seed < 600; seed++)
        {
            var plan = await PlanAsync(bank, new MockOptions(MockTrack.LlmEngineer, 1, 5, null, seed), readiness);
            weak += plan.Items[0].Question.CardId == "weak" ? 1 : 0;
        }

        // Weights 3 (weak) : 1 (known): expected 450 of 600.
        Assert.InRange(weak, 400, 500);
    }

    [Fact]
    public async Task A_follow_up_is_the_nearest_related_question_and_names_the_question_it_follows()
    {
        MockCandidate[] bank =
        [
            Candidate("l1-vs-l2", "classical-ml", "Regularization", tags: ["regularization", "lasso", "ridge"]),
            Candidate("why-l1-sparse", "classical-ml", "Regularization", tags: ["regularization", "lasso", "sparsity"]),
            Candidate("what-is-regularization", "classical-ml", "Regularization", tags: ["regularization", "overfitting"]),
            Candidate("tcp", "fundamentals", "Networks", tags: ["networking"]),
        ];
        var plan = await PlanAsync([bank[0]], new MockOptions(MockTrack.MlEngineer, 2, 10, null, Seed: 1) { FollowUpChance = 1 });
        Assert.Single(plan.Items);

        plan = await MockPlanner.PlanAsync([bank[0], bank[3]], new MockOptions(MockTrack.Custom(["regularization"]), 2, 10, null, Seed: 1) { FollowUpChance = 1 },
            NothingLearnt, new TagFollowUpFinder(bank));
        Assert.Collection(plan.Items,
            first => Assert.Equal(("l1-vs-l2", (int?)null), (first.Question.CardId, first.FollowUpOf)),
            second => Assert.Equal(("why-l1-sparse", (int?)1), (second.Question.CardId, second.FollowUpOf)));
    }

    [Fact]
    public async Task Follow_ups_come_sometimes_never_repeat_a_question_and_never_follow_a_follow_up()
    {
        var bank = Bank();
        var followUps = 0;
        var total = 0;
        for (var seed = 0; seed < 50; seed++)
        {
            var plan = await PlanAsync(bank, new MockOptions(MockTrack.MlEngineer, 8, 45, null, seed));
            Assert.Equal(plan.Items.Count, plan.Items.Select(i => i.Question.CardId).Distinct().Count());
            foreach (var item in plan.Items.Where(i => i.IsFollowUp))
            {
                Assert.Equal(item.Position - 1, item.FollowUpOf);
                Assert.False(plan.Items[item.Position - 2].IsFollowUp);
            }

            followUps += plan.Items.Count(i => i.IsFollowUp);
            total += plan.Items.Count;
        }

        // With a 30% chance after each main question, roughly one question in four is a follow-up.
        Assert.InRange((double)followUps / total, 0.15, 0.35);
    }

    [Theory]
    [InlineData(null, null, 8, 45)]
    [InlineData(4, null, 4, 23)]
    [InlineData(null, 30, 5, 30)]
    [InlineData(10, 20, 10, 20)]
    public void Length_fills_in_what_is_left_out_at_the_default_pace(int? questions, int? minutes, int expectedQuestions, int expectedMinutes) =>
        Assert.Equal((expectedQuestions, expectedMinutes), MockOptions.Length(questions, minutes));
}
