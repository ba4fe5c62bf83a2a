namespace Viva.Core.Mock;

/// <summary>
/// Draws a mock interview: questions on the track, weighted by how many documents ask them and by how weak the
/// user is on their area, spread across areas and topics, each sometimes followed by a related question.
/// Every random choice comes from one <see cref="Random"/> seeded by <see cref="MockOptions.Seed"/>.
/// </summary>
public static class MockPlanner
{
    // A topic the user has not learnt weighs up to this many times more than one they know well.
    private const double WeakBoost = 2;

    // Each question already drawn from an area (a topic heading) scales the weight of its others by this much,
    // so a mock covers several areas, as a real interview does, instead of five questions on one.
    private const double SameAreaFactor = 0.5;
    private const double SameTopicFactor = 0.25;

    // How many related questions to consider for a follow-up: some may already be in the interview.
    private const int FollowUpChoices = 8;

    /// <summary>Draws the interview.</summary>
    /// <param name="candidates">Every question the mock could ask.</param>
    /// <param name="options">Track, length, level and seed.</param>
    /// <param name="readiness">The user's mean recall (0–1) per area; an area not listed counts as not learnt.</param>
    /// <param name="followUps">Finds related questions.</param>
    /// <param name="cancellationToken">Cancels the draw.</param>
    public static async Task<MockPlan> PlanAsync(IReadOnlyList<MockCandidate> candidates, MockOptions options,
        IReadOnlyDictionary<string, double> readiness, IFollowUpFinder followUps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(readiness);
        ArgumentNullException.ThrowIfNull(followUps);
        var random = new Random(options.Seed);

        // A fixed order, so the seed alone decides the draw whatever order the store returned.
        var pool = candidates
            .Where(c => options.Level is null || c.Level == options.Level)
            .Select(c => (Candidate: c, Weight: BaseWeight(c, options.Track, readiness)))
            .Where(c => c.Weight > 0)
            .OrderBy(c => c.Candidate.CardId, StringComparer.Ordinal)
            .ToList();
        var items = new List<MockItem>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (items.Count < options.Questions && Draw(pool, items, used, random) is { } main)
        {
            var position = items.Count + 1;
            items.Add(new MockItem(position, main, null));
            used.Add(main.CardId);
            if (items.Count >= options.Questions || random.NextDouble() >= options.FollowUpChance)
            {
                continue;
            }

            var related = await followUps.NearestAsync(main, FollowUpChoices, cancellationToken).ConfigureAwait(false);
            if (related.FirstOrDefault(r => !used.Contains(r.CardId)) is { } next)
            {
                items.Add(new MockItem(items.Count + 1, next, position));
                used.Add(next.CardId);
            }
        }

        return new MockPlan(options, items);
    }

    /// <summary>A question's weight before spreading: track share × (1 + documents asking it) × weakness of its area.</summary>
    public static double BaseWeight(MockCandidate candidate, MockTrack track, IReadOnlyDictionary<string, double> readiness)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(readiness);
        var known = Math.Clamp(readiness.GetValueOrDefault(candidate.Area), 0, 1);
        return track.WeightOf(candidate) * (1 + candidate.AskedIn) * (1 + (WeakBoost * (1 - known)));
    }

    private static MockCandidate? Draw(List<(MockCandidate Candidate, double Weight)> pool, List<MockItem> items, HashSet<string> used, Random random)
    {
        var weighted = pool.Where(p => !used.Contains(p.Candidate.CardId))
            .Select(p => (p.Candidate, Weight: p.Weight * Spread(p.Candidate, items)))
            .ToList();
        var total = weighted.Sum(w => w.Weight);
        if (weighted.Count == 0 || total <= 0)
        {
            return null;
        }

        var target = random.NextDouble() * total;
        foreach (var (candidate, weight) in weighted)
        {
            target -= weight;
            if (target < 0)
            {
                return candidate;
            }
        }

        return weighted[^1].Candidate;
    }

    private static double Spread(MockCandidate candidate, List<MockItem> items)
    {
        var heading = candidate.Heading;
        var sameArea = items.Count(i => i.Question.Area == candidate.Area);
        var sameTopic = items.Count(i => i.Question.Area == candidate.Area && i.Question.Heading == heading);
        return Math.Pow(SameAreaFactor, sameArea) * Math.Pow(SameTopicFactor, sameTopic);
    }
}
