using System.Globalization;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Scheduling.Interview;
using Viva.Core.Tests.Scheduling.Optimizer;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Scheduling.Interview;

public sealed class InterviewPlannerTests(ITestOutputHelper output)
{
    private static readonly FsrsModel Model = new(FsrsParameters.Default);

    [Fact]
    public void A_new_card_gains_its_first_good_recall_and_a_fresh_review_gains_little()
    {
        var fresh = new PlanCard("new", null, 0);
        Assert.Equal(Model.Retrievability(10, Model.Initial(Rating.Good).Stability), InterviewPlanner.Gain(fresh, Model, 10), 9);

        // A card reviewed yesterday with a long stability barely moves; one long overdue gains much more.
        var justSeen = new PlanCard("seen", new MemoryState(30, 5), 1);
        var overdue = new PlanCard("overdue", new MemoryState(5, 5), 20);
        var small = InterviewPlanner.Gain(justSeen, Model, 10);
        var large = InterviewPlanner.Gain(overdue, Model, 10);
        Assert.InRange(small, 0, large / 3);
    }

    [Fact]
    public void The_order_takes_the_best_gain_per_second_first_within_the_budget()
    {
        PlanCard[] cards = [new("seen", new MemoryState(30, 5), 1), new("overdue", new MemoryState(5, 5), 20), new("new", null, 0)];
        var best = cards.OrderByDescending(c => InterviewPlanner.Gain(c, Model, 10) / InterviewPlanner.Cost(c)).Select(c => c.CardId).ToList();
        Assert.Equal(best, InterviewPlanner.Order(cards, Model, 10, budgetSeconds: 1000));

        // 60 seconds hold one review (45 s) and no new card (90 s): the better review.
        var review = best.First(id => id != "new");
        Assert.Equal([review], InterviewPlanner.Order(cards, Model, 10, budgetSeconds: 60));
    }

    // The simulation: 150 cards already studied (various stabilities and ages), 350 new, 30 days to the interview,
    // 15 minutes a day, at most 20 new cards a day. Each review is recalled with the model's probability (the same
    // draw for a card on a day under both orders). The default order is practice's: due reviews, least likely
    // remembered first, then new cards, until the budget is spent.
    [Fact]
    public void The_interview_order_beats_the_default_order_on_predicted_recall_on_the_day()
    {
        var (planned, standard) = Compare(Model);
        output.WriteLine($"Default FSRS-6 parameters. Predicted recall on the interview day (sum over 500 cards): interview order {planned:0.0}, "
            + $"default order {standard:0.0} (mean {planned / 500:0.000} vs {standard / 500:0.000})");
        Assert.True(planned > standard * 1.02, $"interview order {planned:0.0} should beat default order {standard:0.0}");
    }

    // The same simulation with a learner who remembers as the shared review log says: the parameters fitted to
    // ../shared/data/fsrs (12,580 real reviews), which forget faster at first than the defaults do.
    [Fact]
    public void The_interview_order_also_wins_with_the_parameters_fitted_to_the_shared_review_log()
    {
        var fitted = new FsrsOptimizer().Fit(OptimizerData.Real.Items);
        var (planned, standard) = Compare(new FsrsModel(fitted));
        output.WriteLine("Parameters fitted to the shared review log: w = " + string.Join(", ", fitted.Weights.Select(w => w.ToString("0.####", CultureInfo.InvariantCulture))));
        output.WriteLine($"Predicted recall on the interview day (sum over 500 cards): interview order {planned:0.0}, "
            + $"default order {standard:0.0} (mean {planned / 500:0.000} vs {standard / 500:0.000})");
        Assert.True(planned > standard * 1.02, $"interview order {planned:0.0} should beat default order {standard:0.0}");
    }

    private static (double Planned, double Standard) Compare(FsrsModel model)
    {
        const int days = 30;
        const double budget = 15 * 60;
        return (Simulate(model, days, budget, interviewOrder: true), Simulate(model, days, budget, interviewOrder: false));
    }

    private sealed class SimCard(string id)
    {
        public string Id { get; } = id;

        public MemoryState? Memory { get; set; }

        public int LastDay { get; set; }

        public int DueDay { get; set; }
    }

    private static double Simulate(FsrsModel model, int interviewDay, double budget, bool interviewOrder)
    {
        var setup = new Random(2027);
        var cards = Enumerable.Range(0, 500).Select(i => new SimCard($"c{i:000}")).ToList();
        foreach (var card in cards.Take(150))
        {
            var stability = 1 + (setup.NextDouble() * 40);
            card.Memory = new MemoryState(stability, 3 + (setup.NextDouble() * 5));
            card.LastDay = -setup.Next(0, (int)stability + 1);
            card.DueDay = card.LastDay + Math.Max(1, (int)Math.Round(model.Interval(0.9, stability)));
        }

        for (var day = 0; day < interviewDay; day++)
        {
            var today = day;
            var fresh = cards.Where(c => c.Memory is null).Take(20).ToList();
            IEnumerable<string> order;
            if (interviewOrder)
            {
                var candidates = cards.Where(c => c.Memory is not null && c.DueDay < interviewDay).Concat(fresh)
                    .Select(c => new PlanCard(c.Id, c.Memory, today - c.LastDay));
                order = InterviewPlanner.Order(candidates, model, interviewDay - today, budget);
            }
            else
            {
                var due = cards.Where(c => c.Memory is { } m && c.DueDay <= today)
                    .OrderBy(c => model.Retrievability(today - c.LastDay, c.Memory!.Value.Stability)).ThenBy(c => c.Id, StringComparer.Ordinal);
                order = WithinBudget(due.Concat(fresh), budget).Select(c => c.Id);
            }

            foreach (var id in order.ToList())
            {
                Review(model, cards.Single(c => c.Id == id), today);
            }
        }

        return cards.Sum(c => c.Memory is { } m ? model.Retrievability(interviewDay - c.LastDay, m.Stability) : 0);
    }

    private static IEnumerable<SimCard> WithinBudget(IEnumerable<SimCard> cards, double budget)
    {
        var spent = 0.0;
        foreach (var card in cards)
        {
            var cost = card.Memory is null ? InterviewPlanner.NewSeconds : InterviewPlanner.ReviewSeconds;
            if (spent + cost > budget)
            {
                yield break;
            }

            spent += cost;
            yield return card;
        }
    }

    private static void Review(FsrsModel model, SimCard card, int day)
    {
        if (card.Memory is not { } memory)
        {
            card.Memory = model.Initial(Rating.Good);
        }
        else
        {
            var r = model.Retrievability(day - card.LastDay, memory.Stability);
            var recalled = new Random(HashSeed(card.Id, day)).NextDouble() < r;
            var rating = recalled ? Rating.Good : Rating.Again;
            card.Memory = model.Step(memory, day - card.LastDay, rating);
        }

        card.LastDay = day;
        card.DueDay = day + Math.Max(1, (int)Math.Round(model.Interval(0.9, card.Memory.Value.Stability)));
    }

    // The same outcome for a card on a day whichever order reached it.
    private static int HashSeed(string id, int day) => (int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) * 1_009) + day;
}
